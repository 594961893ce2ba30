package app.vocero.contacts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowReaderTest {

    static {
        TestLogging.quiet();
    }

    @TempDir
    Path dir;

    private Path workbook() throws IOException {
        Path file = dir.resolve("contactos.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "Vocero", "1.0");
            Worksheet first = wb.newWorksheet("Resumen");
            first.value(0, 0, "solo texto");
            Worksheet ws = wb.newWorksheet("Clientes");
            ws.value(0, 0, "nombre");
            ws.value(0, 1, "telefono");
            ws.value(0, 2, "vence");
            ws.value(0, 3, "saldo");
            ws.value(0, 4, "activo");
            ws.value(0, 5, "cita");
            ws.value(1, 0, "José Peña");
            ws.value(1, 1, 3001234567L);
            ws.value(1, 2, LocalDate.of(2026, 12, 1));
            ws.style(1, 2).format("yyyy-mm-dd").set();
            ws.value(1, 3, new BigDecimal("1234.50"));
            ws.value(1, 4, true);
            ws.value(1, 5, LocalDateTime.of(2026, 12, 1, 8, 30));
            ws.style(1, 5).format("dd/mm/yyyy hh:mm").set();
            // row 3 (index 2) left empty; row 4 has cells with empty text only
            ws.value(3, 0, "");
            ws.value(4, 0, "María");
            ws.value(4, 1, 573001234567L);
            ws.value(4, 3, 12345678901234.0);
            wb.finish();
        }
        return file;
    }

    @Test
    void readsNamedSheetWithEveryDigitDatesAndBooleans() throws Exception {
        Rows rows = Rows.read(workbook(), ReadOptions.sheet("Clientes"));

        assertThat(rows.format()).isEqualTo("xlsx");
        assertThat(rows.encoding()).isEqualTo("binary");
        assertThat(rows.declared()).isEmpty();
        assertThat(rows.cells(0)).containsExactly("nombre", "telefono", "vence", "saldo", "activo", "cita");
        assertThat(rows.cells(1)).containsExactly("José Peña", "3001234567", "2026-12-01", "1234.5", "true",
                "2026-12-01T08:30");
        assertThat(rows.cells(2)).containsExactly("María", "573001234567", "", "12345678901234");
        assertThat(rows.numbers()).containsExactly(1L, 2L, 5L);
        assertThat(rows.blankRows()).isEqualTo(2);
    }

    @Test
    void defaultsToTheFirstSheetAndMatchesNamesIgnoringCase() throws Exception {
        Path file = workbook();

        assertThat(Rows.read(file).cells(0)).containsExactly("solo texto");
        assertThat(Rows.read(file, ReadOptions.sheet(" clientes ")).rows()).hasSize(3);
    }

    @Test
    void missingSheetListsTheSheets() throws Exception {
        Path file = workbook();

        assertThatThrownBy(() -> Rows.read(file, ReadOptions.sheet("Hoja9")))
                .isInstanceOfSatisfying(ContactFileException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("sheet_not_found");
                    assertThat(e.getMessage()).isEqualTo(
                            "contactos.xlsx: no sheet named \"Hoja9\" (sheets: \"Resumen\", \"Clientes\");"
                                    + " choose one of these sheets");
                    assertThat(e.file()).isEqualTo(file);
                });
    }

    @Test
    void formulaCellsGiveTheirCachedValueAndGapsCountAsBlank() throws Exception {
        Path file = dir.resolve("formulas.xlsx");
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Peña</t></is></c>"
                + "<c r=\"B2\"><f>3000000000+1234567</f><v>3001234567</v></c>"
                + "<c r=\"C2\" t=\"str\"><f>\"x\"&amp;\"y\"</f><v>xy</v></c>"
                + "<c r=\"D2\" t=\"b\"><f>TRUE()</f><v>1</v></c>"
                + "<c r=\"E2\" s=\"1\"><v>46357</v></c>"
                + "<c r=\"F2\"><v>3.001234567E9</v></c>"
                + "<c r=\"G2\" s=\"1\"><f>E2+1</f><v>46358</v></c></row>"
                + "<row r=\"4\"><c r=\"A4\" t=\"e\"><v>#N/A</v></c></row>"
                + "</sheetData></worksheet>";
        String styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>";
        writeMinimalXlsx(file, sheet, styles);

        Rows rows = Rows.read(file);

        assertThat(rows.cells(0)).containsExactly("Peña", "3001234567", "xy", "true", "2026-12-01", "3001234567",
                "2026-12-02");
        assertThat(rows.cells(1)).containsExactly("#N/A");
        assertThat(rows.numbers()).containsExactly(2L, 4L);
        assertThat(rows.blankRows()).isEqualTo(2);
    }

    @Test
    void dateFormatDetection() {
        assertThat(XlsxCells.isDateFormat(14, null)).isTrue();
        assertThat(XlsxCells.isDateFormat(164, "dd/mm/yyyy")).isTrue();
        assertThat(XlsxCells.isDateFormat(165, "[$-409]mmm d, yyyy;@")).isTrue();
        assertThat(XlsxCells.isDateFormat(166, "#,##0.00 \"días\"")).isFalse();
        assertThat(XlsxCells.isDateFormat(0, "General")).isFalse();
        assertThat(XlsxCells.isDateFormat(1, "0")).isFalse();
        assertThat(XlsxCells.plain(new BigDecimal("3.001234567E9"))).isEqualTo("3001234567");
        assertThat(XlsxCells.date(new BigDecimal("46357.75"), false)).isEqualTo("2026-12-01T18:00");
        assertThat(XlsxCells.date(new BigDecimal("0.5"), false)).isEqualTo("12:00");
        assertThat(XlsxCells.date(new BigDecimal("1"), false)).isEqualTo("1900-01-01");
        assertThat(XlsxCells.date(new BigDecimal("61"), false)).isEqualTo("1900-03-01");
        assertThat(XlsxCells.date(new BigDecimal("44896"), true)).isEqualTo("2026-12-02");
        assertThat(XlsxCells.date(new BigDecimal("-3"), false)).isEqualTo("-3");
        assertThat(XlsxCells.plain(new BigDecimal("12.500"))).isEqualTo("12.5");
    }

    static void writeMinimalXlsx(Path file, String sheetXml, String stylesXml) throws IOException {
        String ns = "http://schemas.openxmlformats.org/";
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"" + ns + "package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats"
                + "-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats"
                + "-officedocument.spreadsheetml.styles+xml\"/></Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/officeDocument\""
                + " Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + ns + "spreadsheetml/2006/main\" xmlns:r=\"" + ns
                + "officeDocument/2006/relationships\"><sheets><sheet name=\"Hoja1\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + ns + "package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + ns + "officeDocument/2006/relationships/worksheet\""
                + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"" + ns
                + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
        parts.put("xl/styles.xml", stylesXml);
        parts.put("xl/worksheets/sheet1.xml", sheetXml);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
