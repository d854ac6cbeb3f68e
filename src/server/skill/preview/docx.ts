// A Word document as sanitized HTML for the examiner (mammoth): headings, paragraphs, lists,
// tables, links and images, images inline as data: URIs. Nothing that can run or load from
// elsewhere survives the sanitizer.
import mammoth from "mammoth";
import sanitizeHtml from "sanitize-html";

/** Images a browser shows inline; others (EMF/WMF drawings, TIFF) become a marker. */
const INLINE_IMAGE = /^image\/(png|jpeg|gif|webp|bmp)$/;
/** All inline images together stay under this many bytes; later ones become a marker. */
export const DOCX_IMAGE_BUDGET = 10 * 1024 * 1024;
const UNSHOWN = "unshown:";

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "strong", "b", "em", "i", "u", "s", "sup", "sub", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "span", "blockquote"],
  allowedAttributes: { a: ["href", "id", "target", "rel"], img: ["src", "alt"], td: ["colspan", "rowspan"], th: ["colspan", "rowspan"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["data"] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: /^(https?:|mailto:)/i.test(attribs.href ?? "") ? { ...attribs, target: "_blank", rel: "noopener noreferrer nofollow" } : attribs }),
    img: (tagName, attribs) => {
      const src = attribs.src ?? "";
      if (/^data:image\/(png|jpeg|gif|webp|bmp);base64,[A-Za-z0-9+/=]+$/.test(src)) return { tagName, attribs };
      return { tagName: "span", attribs: {}, text: `[${src.startsWith(UNSHOWN) ? src.slice(UNSHOWN.length) : "image"}]` };
    },
  },
};

/** DOCX bytes → sanitized HTML. Throws when the file is not a readable DOCX. */
export async function docxToHtml(buffer: Buffer): Promise<string> {
  let budget = DOCX_IMAGE_BUDGET;
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async (image) => {
        // An image linked from outside the file has no content type here, and is never read.
        if (!image.contentType || !INLINE_IMAGE.test(image.contentType)) return { src: `${UNSHOWN}${image.contentType || "image"}` };
        const data = await image.readAsBase64String();
        if (data.length > budget) return { src: `${UNSHOWN}${image.contentType} > ${Math.round(DOCX_IMAGE_BUDGET / 1024 / 1024)} MB` };
        budget -= data.length;
        return { src: `data:${image.contentType};base64,${data}` };
      }),
    },
  );
  return sanitizeHtml(result.value, SANITIZE);
}
