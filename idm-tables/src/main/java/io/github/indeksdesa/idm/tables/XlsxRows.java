package io.github.indeksdesa.idm.tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of the first sheet of an XLSX workbook, streamed with StAX from the sheet XML (no
 * workbook library; only the shared strings are held in memory). Numeric cells are given as the
 * shortest decimal of their double ({@code 0.70289999999999997} is {@code 0.7029},
 * {@code 3604052001} stays digits); missing cells are empty.
 */
final class XlsxRows implements TableRows {

    /** What to do with the rows of a workbook. */
    @FunctionalInterface
    interface Handler<T> {
        T handle(TableRows rows) throws IOException;
    }

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /**
     * A reader of workbook XML, decoded as UTF-8 by us: malformed bytes fail as an exception, not as
     * a message the XML parser prints.
     */
    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private final String source;
    private final String sheetName;
    private final XMLStreamReader xml;
    private final List<String> shared;
    private int width = -1;

    private XlsxRows(String source, String sheetName, XMLStreamReader xml, List<String> shared) {
        this.source = source;
        this.sheetName = sheetName;
        this.xml = xml;
        this.shared = shared;
    }

    /** Copies the workbook to a temporary file (a ZIP needs random access), then hands its rows over. */
    static <T> T read(InputStream in, String source, Handler<T> handler) throws IOException {
        return read(in, source, handler, null);
    }

    /**
     * As {@link #read(InputStream, String, Handler)}, the temporary copy in {@code directory} (null
     * for the system's). The copy is private to the user (0600 where the file system has POSIX
     * permissions, as {@code Files.createTempFile} makes it); once the workbook is open its name
     * is removed where the system allows (POSIX), so that a run killed while reading leaves nothing
     * behind; it is removed on every other exit path.
     */
    static <T> T read(InputStream in, String source, Handler<T> handler, Path directory) throws IOException {
        Path temp = directory == null ? Files.createTempFile("idm-", ".xlsx")
                : Files.createTempFile(directory, "idm-", ".xlsx");
        try {
            // written into the private file: Files.copy with REPLACE_EXISTING would make a new one under the umask
            try (OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                unlink(temp);
                List<String> shared = sharedStrings(zip, source);
                String sheet = firstSheet(zip, source);
                ZipEntry entry = zip.getEntry(sheet);
                if (entry == null) {
                    throw new IdmTableException(source, sheet, "the workbook has no sheet " + sheet, null);
                }
                try (InputStream sheetIn = zip.getInputStream(entry)) {
                    XMLStreamReader xml = xml(sheetIn);
                    String name = sheet.substring(sheet.lastIndexOf('/') + 1);
                    return handler.handle(new XlsxRows(source, name, xml, shared));
                } catch (XMLStreamException e) {
                    throw new IdmTableException(source, sheet, "not a readable sheet: " + e.getMessage(), e);
                }
            } catch (IOException e) {
                // the temporary copy was written: what fails here is the workbook's content
                throw new IdmTableException(source, "", "not a readable XLSX workbook: " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes the name of an open file where the system allows it (not on Windows: removed later). */
    private static void unlink(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the file is open; the finally block removes it once closed
        }
    }

    private static List<String> sharedStrings(ZipFile zip, String source) throws IOException {
        List<String> strings = new ArrayList<>();
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        if (entry == null) {
            return strings;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = xml(in);
            StringBuilder text = null;
            boolean inPhonetic = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String n = xml.getLocalName();
                    if (n.equals("si")) {
                        text = new StringBuilder();
                    } else if (n.equals("rPh")) {
                        inPhonetic = true;
                    } else if (n.equals("t") && text != null && !inPhonetic) {
                        text.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String n = xml.getLocalName();
                    if (n.equals("si") && text != null) {
                        strings.add(text.toString());
                        text = null;
                    } else if (n.equals("rPh")) {
                        inPhonetic = false;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IdmTableException(source, "xl/sharedStrings.xml", "not readable: " + e.getMessage(), e);
        }
        return strings;
    }

    /** The path of the first sheet, from the workbook and its relationships; sheet1.xml if they say nothing. */
    private static String firstSheet(ZipFile zip, String source) throws IOException {
        String fallback = "xl/worksheets/sheet1.xml";
        String id = firstAttribute(zip, source, "xl/workbook.xml", "sheet", null, null);
        if (id == null) {
            return fallback;
        }
        String target = firstAttribute(zip, source, "xl/_rels/workbook.xml.rels", "Relationship", "Id", id);
        if (target == null) {
            return fallback;
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    /**
     * Reads an attribute of the first element named {@code element}: of a sheet, its relationship id; of a
     * relationship whose {@code keyName} is {@code key}, its Target.
     */
    private static String firstAttribute(ZipFile zip, String source, String path, String element, String keyName,
            String key) throws IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
                    if (keyName == null) {
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            if (xml.getAttributeLocalName(i).equals("id")) {
                                return xml.getAttributeValue(i);
                            }
                        }
                        return null;
                    }
                    if (key.equals(xml.getAttributeValue(null, keyName))) {
                        return xml.getAttributeValue(null, "Target");
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new IdmTableException(source, path, "not readable: " + e.getMessage(), e);
        }
    }

    @Override
    public Row next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    return row();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new IdmTableException(source, sheetName, "not a readable sheet: " + e.getMessage(), e);
        }
    }

    private Row row() throws XMLStreamException {
        String number = xml.getAttributeValue(null, "r");
        List<String> cells = new ArrayList<>();
        String problem = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                String type = xml.getAttributeValue(null, "t");
                int column = ref == null ? cells.size() : column(ref);
                if (column < cells.size()) {
                    problem = "cell " + ref + " is out of order";
                    column = cells.size();
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                String value = cellValue(type);
                if (value == null) {
                    problem = "cell " + ref + " refers to a shared string that does not exist";
                    value = "";
                }
                cells.add(value);
                if (number == null && ref != null) {
                    number = ref.replaceAll("[A-Z]", "");
                }
            }
        }
        // The header is the first row with content: an empty row before it (<row r="1"/>) sets no width.
        if (width < 0 && cells.stream().anyMatch(c -> !c.isBlank())) {
            width = cells.size();
        }
        if (width >= 0) {
            // A spreadsheet writes no element for an empty trailing cell (a blank Keterangan, say).
            while (cells.size() < width) {
                cells.add("");
            }
            while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
        }
        return new Row(sheetName + " row " + (number == null ? "?" : number), cells, problem);
    }

    /** Reads the current cell's value; null for a shared-string index that does not exist. */
    private String cellValue(String type) throws XMLStreamException {
        String value = "";
        StringBuilder inline = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("v")) {
                    value = xml.getElementText();
                } else if (xml.getLocalName().equals("t")) {
                    inline.append(xml.getElementText());
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline.toString();
        }
        if ("s".equals(type)) {
            try {
                int i = Integer.parseInt(value.strip());
                return i >= 0 && i < shared.size() ? shared.get(i) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (type == null || "n".equals(type)) {
            return number(value);
        }
        return value;
    }

    /** The shortest decimal that reads back as the stored double, without exponent. */
    static String number(String text) {
        String s = text.strip();
        try {
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d) || Math.abs(d) >= 1e19) {
                return s;
            }
            BigDecimal decimal = new BigDecimal(Double.toString(d)).stripTrailingZeros();
            return decimal.signum() == 0 ? "0" : decimal.toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }

    /** The zero-based column of a cell reference such as "AB12". */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > 16_384) {
                return 16_384;
            }
        }
        return column - 1;
    }
}
