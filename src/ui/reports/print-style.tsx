// A4 pages for the printable reports: one transcript per page; the notice board list flows over
// pages with its table header repeated. Chromium's "Save as PDF" in the print dialog makes the PDF.
export function ReportPrintStyle({ landscape = false }: { landscape?: boolean }) {
  return (
    <style>{`
      @page { size: A4${landscape ? " landscape" : ""}; margin: 15mm; }
      @media print {
        .print-sheet { break-after: page; page-break-after: always; border: none !important; box-shadow: none !important; }
        .print-sheet:last-child { break-after: auto; page-break-after: auto; }
        .no-print { display: none !important; }
        thead { display: table-header-group; }
        tr, .avoid-break { break-inside: avoid; page-break-inside: avoid; }
      }
    `}</style>
  );
}
