package org.sunlight.catalog.excel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of every sheet of an xlsx file as raw values, streaming the sheet XML (SAX) instead
 * of building POI's object model: a city's list of thousands of items with their nested rows reads in
 * a fraction of the memory and time. Numbers come back exactly as stored in the file ('10000',
 * '0.005', '321081012020003'), never through a display format, so codes typed as numbers keep their
 * digits and amounts keep their value.
 */
final class WorkbookSheets {

    private WorkbookSheets() {
    }

    /** A cell value: {@code type} is 's' text, 'n' number (raw), 'b' boolean ('1'/'0'), 'e' error. */
    record RawCell(char type, String text) {
    }

    /** A row that has at least one value; {@code rowNum} is 1-based as Excel shows it. */
    record RawRow(int rowNum, Map<Integer, RawCell> cells) {

        RawCell cell(int column) {
            return cells.get(column);
        }
    }

    /** The file is not a readable xlsx workbook. */
    static final class NotAWorkbook extends Exception {
        NotAWorkbook(Throwable cause) {
            super(cause);
        }
    }

    /** Sheet name → its non-empty rows in order. */
    static Map<String, List<RawRow>> read(byte[] xlsx) throws NotAWorkbook {
        Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(xlsx));
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    String name = it.getSheetName();
                    SheetHandler handler = new SheetHandler(strings);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(in));
                    sheets.put(name, handler.rows);
                }
            }
            return sheets;
        } catch (Exception | LinkageError e) {
            throw new NotAWorkbook(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened from bytes: close without trying to save anything
            }
        }
    }

    /** Collects {@code <row><c r= t=><v>|<is><t>} of one sheet's XML. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        final List<RawRow> rows = new ArrayList<>();
        private Map<Integer, RawCell> cells;
        private int rowNum;
        private int column;
        private String type;
        private final StringBuilder text = new StringBuilder();
        private boolean collecting;
        private int phoneticDepth;

        SheetHandler(ReadOnlySharedStringsTable strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNum = r == null ? rowNum + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = attributes.getValue("t");
                    text.setLength(0);
                }
                case "v" -> collecting = true;
                case "t" -> collecting = phoneticDepth == 0;
                case "rPh" -> phoneticDepth++;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(localName, qName)) {
                case "v", "t" -> collecting = false;
                case "rPh" -> phoneticDepth--;
                case "c" -> finishCell();
                case "row" -> {
                    if (!cells.isEmpty()) {
                        rows.add(new RawRow(rowNum, cells));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                text.append(ch, start, length);
            }
        }

        private void finishCell() {
            String raw = text.toString();
            RawCell cell;
            if (type == null || type.equals("n")) {
                cell = raw.isBlank() ? null : new RawCell('n', raw.trim());
            } else {
                cell = switch (type) {
                    case "s" -> raw.isBlank() ? null : new RawCell('s', strings.getItemAt(Integer.parseInt(raw.trim())).getString());
                    case "inlineStr", "str" -> new RawCell('s', raw);
                    case "b" -> new RawCell('b', raw.trim());
                    case "e" -> new RawCell('e', raw.trim());
                    default -> new RawCell('s', raw);
                };
            }
            if (cell != null && !(cell.type() == 's' && cell.text().isBlank())) {
                cells.put(column, cell);
            }
        }

        private static String local(String localName, String qName) {
            if (localName != null && !localName.isEmpty()) {
                return localName;
            }
            int colon = qName.indexOf(':');
            return colon < 0 ? qName : qName.substring(colon + 1);
        }

        /** 'AB12' → 27 (0-based column). */
        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char ch = ref.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    col = col * 26 + (ch - 'A' + 1);
                } else {
                    break;
                }
            }
            return col - 1;
        }
    }
}
