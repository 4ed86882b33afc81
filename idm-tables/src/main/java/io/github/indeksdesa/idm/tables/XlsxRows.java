// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.tables;

import io.github.indeksdesa.idm.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
    private final SharedStrings shared;
    private final ReadLimits limits;
    private int width = -1;
    private long rowsWithContent;

    private XlsxRows(String source, String sheetName, XMLStreamReader xml, SharedStrings shared, ReadLimits limits) {
        this.source = source;
        this.sheetName = sheetName;
        this.xml = xml;
        this.shared = shared;
        this.limits = limits;
    }

    /** A workbook up to this size is read from memory, a larger one from a temporary copy. */
    static final int IN_MEMORY = 1 << 20;

    /**
     * Reads a workbook of at most {@link #IN_MEMORY} bytes from memory; copies a larger one to a
     * temporary file (a ZIP needs random access), then hands its rows over.
     */
    static <T> T read(InputStream in, String source, ReadLimits limits, Handler<T> handler) throws IOException {
        byte[] head = in.readNBytes(IN_MEMORY + 1);
        if (head.length <= IN_MEMORY) {
            return read(XlsxParts.Bytes.of(head, head.length), source, limits, handler);
        }
        return read(new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in), source, limits,
                handler, null);
    }

    /**
     * Copies the workbook to a temporary file in {@code directory} (null for the system's) and hands
     * its rows over. The copy is private to the user (0600 where the file system has POSIX
     * permissions, as {@code Files.createTempFile} makes it); once the workbook is open its name
     * is removed where the system allows (POSIX), so that a run killed while reading leaves nothing
     * behind; it is removed on every other exit path.
     */
    static <T> T read(InputStream in, String source, ReadLimits limits, Handler<T> handler, Path directory)
            throws IOException {
        Path temp = directory == null ? Files.createTempFile("idm-", ".xlsx")
                : Files.createTempFile(directory, "idm-", ".xlsx");
        try {
            // written into the private file: Files.copy with REPLACE_EXISTING would make a new one under the umask
            try (OutputStream out = Files.newOutputStream(temp)) {
                in.transferTo(out);
            }
            XlsxParts.Bytes bytes = XlsxParts.Bytes.of(FileChannel.open(temp, StandardOpenOption.READ));
            unlink(temp);
            return read(bytes, source, limits, handler);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Hands the rows of the workbook over (the bytes are closed). Each part is inflated as a stream
     * under {@code maxXlsxPartBytes} and {@code minInflateRatio}; the shared strings are read under
     * {@code maxSharedStrings} and {@code maxSharedStringChars}; each row under
     * {@code maxRecordChars} (its cells' text together) and {@code maxCellsPerRow}; the sheet under
     * {@code maxRowsPerTable}.
     */
    private static <T> T read(XlsxParts.Bytes bytes, String source, ReadLimits limits, Handler<T> handler)
            throws IOException {
        // closed twice when the archive is read (harmless), once when it is not
        try (XlsxParts.Bytes held = bytes; XlsxParts zip = new XlsxParts(held, source, limits)) {
            SharedStrings shared = sharedStrings(zip, source, limits);
            String sheet = firstSheet(zip, source);
            try (InputStream sheetIn = zip.open(sheet)) {
                if (sheetIn == null) {
                    throw new IdmTableException(source, sheet, "the workbook has no sheet " + sheet, null);
                }
                XMLStreamReader xml = xml(sheetIn);
                String name = sheet.substring(sheet.lastIndexOf('/') + 1);
                return handler.handle(new XlsxRows(source, name, xml, shared, limits));
            } catch (XMLStreamException e) {
                throw unreadable(source, sheet, e);
            }
        } catch (IOException e) {
            // the bytes are at hand: what fails here is the workbook's content
            throw new IdmTableException(source, "", "not a readable XLSX workbook: " + e.getMessage(), e);
        }
    }

    /**
     * The error for unreadable XML, on one line: the parser's place (line, column) and its message
     * without the parser's own layout; a limit exceeded while the parser read is rethrown as it is.
     */
    static IdmTableException unreadable(String source, String part, XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != t ? t.getCause() : null) {
            if (t instanceof IdmTableException) {
                return (IdmTableException) t;
            }
        }
        Throwable nested = e.getNestedException();
        String text = e.getMessage() == null ? "" : e.getMessage();
        int message = text.indexOf("Message: ");
        text = (message >= 0 ? text.substring(message + "Message: ".length()) : text).replaceAll("\\s+", " ").strip();
        if (nested instanceof java.nio.charset.CharacterCodingException) {
            text = "not UTF-8 text";
        }
        javax.xml.stream.Location at = e.getLocation();
        String place = at == null || at.getLineNumber() < 0 ? "" : " (line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ")";
        return new IdmTableException(source, part, "not readable XML" + place + ": " + text, e);
    }

    /** Removes the name of an open file where the system allows it (not on Windows: removed later). */
    private static void unlink(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the file is open; the finally block removes it once closed
        }
    }

    /**
     * Appends the text of the element the reader is at (its start) to {@code into}, chunk by chunk as
     * the parser gives it, failing with {@code over} before {@code into} would hold more than
     * {@code max} characters; the reader ends at the element's end.
     */
    private static void text(XMLStreamReader xml, StringBuilder into, long max, Supplier<IdmTableException> over)
            throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                if (into.length() + (long) xml.getTextLength() > max) {
                    throw over.get();
                }
                into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
    }

    private static final String SHARED = "xl/sharedStrings.xml";

    /**
     * The shared strings of a workbook in one block of text and the end of each: about two bytes a
     * character and four a string, whatever the strings (190 million empty ones are no 190 million
     * objects).
     */
    private static final class SharedStrings {
        private final StringBuilder text = new StringBuilder();
        private int[] ends = new int[64];
        private int size;

        int size() {
            return size;
        }

        void add(CharSequence s) {
            if (size == ends.length) {
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            text.append(s);
            ends[size++] = text.length();
        }

        String get(int i) {
            return text.substring(i == 0 ? 0 : ends[i - 1], ends[i]);
        }
    }

    private static SharedStrings sharedStrings(XlsxParts zip, String source, ReadLimits limits) throws IOException {
        SharedStrings strings = new SharedStrings();
        try (InputStream in = zip.open(SHARED)) {
            if (in == null) {
                return strings;
            }
            XMLStreamReader xml = xml(in);
            StringBuilder text = null;
            boolean inPhonetic = false;
            long total = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String n = xml.getLocalName();
                    if (n.equals("si")) {
                        if (strings.size() >= limits.maxSharedStrings()) {
                            throw CsvRecords.overLimit(source, SHARED, "the workbook has more than "
                                    + limits.maxSharedStrings() + " shared strings", "maxSharedStrings");
                        }
                        text = new StringBuilder();
                    } else if (n.equals("rPh")) {
                        inPhonetic = true;
                    } else if (n.equals("t") && text != null && !inPhonetic) {
                        int index = strings.size();
                        long room = limits.maxSharedStringChars() - total;
                        boolean cellBound = limits.maxRecordChars() <= room;
                        text(xml, text, Math.min(limits.maxRecordChars(), room), () -> cellBound
                                ? CsvRecords.overLimit(source, SHARED + " string " + (index + 1), "a shared string "
                                        + "is longer than " + limits.maxRecordChars() + " characters", "maxRecordChars")
                                : CsvRecords.overLimit(source, SHARED + " string " + (index + 1), "the shared strings "
                                        + "hold more than " + limits.maxSharedStringChars() + " characters together",
                                        "maxSharedStringChars"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String n = xml.getLocalName();
                    if (n.equals("si") && text != null) {
                        total += text.length();
                        strings.add(text);
                        text = null;
                    } else if (n.equals("rPh")) {
                        inPhonetic = false;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw unreadable(source, SHARED, e);
        }
        return strings;
    }

    /** The path of the first sheet, from the workbook and its relationships; sheet1.xml if they say nothing. */
    private static String firstSheet(XlsxParts zip, String source) throws IOException {
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
    private static String firstAttribute(XlsxParts zip, String source, String path, String element, String keyName,
            String key) throws IOException {
        try (InputStream in = zip.open(path)) {
            if (in == null) {
                return null;
            }
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
            throw unreadable(source, path, e);
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
            throw unreadable(source, sheetName, e);
        }
    }

    /** A row number as the sheet gives it, cut short: it only names a place. */
    private static String shortened(String text) {
        return text.length() > 12 ? text.substring(0, 12) + "…" : text;
    }

    private Row row() throws XMLStreamException {
        String number = xml.getAttributeValue(null, "r");
        number = number == null ? null : shortened(number);
        List<String> cells = new ArrayList<>();
        String problem = null;
        long chars = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                String ref = xml.getAttributeValue(null, "r");
                ref = ref == null ? null : shortened(ref);
                String type = xml.getAttributeValue(null, "t");
                if (number == null && ref != null) {
                    number = ref.replaceAll("[A-Za-z]", "");
                }
                String place = sheetName + " " + (ref == null ? "row " + (number == null ? "?" : number) : "cell " + ref);
                int column = ref == null ? cells.size() : column(ref);
                if (column < cells.size()) {
                    problem = "cell " + ref + " is out of order";
                    column = cells.size();
                }
                if (column >= limits.maxCellsPerRow()) {
                    throw CsvRecords.overLimit(source, place, "a row has more than " + limits.maxCellsPerRow()
                            + " cells", "maxCellsPerRow");
                }
                while (cells.size() < column) {
                    cells.add("");
                }
                String value = cellValue(type, limits.maxRecordChars() - chars, place);
                if (value == null) {
                    problem = "cell " + ref + " refers to a shared string that does not exist";
                    value = "";
                }
                chars += value.length();
                if (chars > limits.maxRecordChars()) {
                    throw tooLong(place);
                }
                cells.add(value);
            }
        }
        // The header is the first row with content: an empty row before it (<row r="1"/>) sets no width.
        boolean content = cells.stream().anyMatch(c -> !c.isBlank());
        String location = sheetName + " row " + (number == null ? "?" : number);
        if (content && ++rowsWithContent > limits.maxRowsPerTable()) {
            throw CsvRecords.overLimit(source, location, "the table has more than " + limits.maxRowsPerTable()
                    + " rows", "maxRowsPerTable");
        }
        if (width < 0 && content) {
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
        return new Row(location, cells, problem);
    }

    private IdmTableException tooLong(String place) {
        return CsvRecords.overLimit(source, place, "a row holds more than " + limits.maxRecordChars()
                + " characters", "maxRecordChars");
    }

    /**
     * Reads the current cell's value, its text at most {@code room} characters; null for a
     * shared-string index that does not exist.
     */
    private String cellValue(String type, long room, String place) throws XMLStreamException {
        StringBuilder value = new StringBuilder();
        StringBuilder inline = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("v")) {
                    value.setLength(0);
                    text(xml, value, room, () -> tooLong(place));
                } else if (xml.getLocalName().equals("t")) {
                    text(xml, inline, room, () -> tooLong(place));
                }
            }
        }
        if ("inlineStr".equals(type)) {
            return inline.toString();
        }
        if ("s".equals(type)) {
            int i = TableInput.asciiInteger(value.toString().strip());
            return i >= 0 && i < shared.size() ? shared.get(i) : null;
        }
        if (type == null || "n".equals(type)) {
            return number(value.toString());
        }
        return value.toString();
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

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** The zero-based column of a cell reference such as "AB12". */
    static int column(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && isAsciiLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column > 16_384) {
                return 16_384;
            }
        }
        return column - 1;
    }
}
