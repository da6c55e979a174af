package org.healthdirectory.audit;

/** CSV cells for spreadsheets: quoted, and never read as a formula. */
public final class Csv {

    private Csv() {}

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value;
        // A cell starting like a formula would run in Excel or LibreOffice (CSV injection).
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
