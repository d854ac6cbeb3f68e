// A4 pages for the printable session documents: one room or one ticket per page. Chromium's
// "Save as PDF" in the print dialog produces the PDF.
export function PrintStyle() {
  return (
    <style>{`
      @page { size: A4; margin: 15mm; }
      @media print {
        .print-sheet { break-after: page; page-break-after: always; }
        .print-sheet:last-child { break-after: auto; page-break-after: auto; }
        .no-print { display: none !important; }
      }
    `}</style>
  );
}
