package org.healthdirectory.signposting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The small rules of signposting, without the app: contact checks, QR codes, the unmet-need form, CSV. */
@Tag("unit")
class SignpostingPartsTest {

    @Test
    void ukMobileNumbersAreAcceptedAsPeopleWriteThem() {
        for (String typed : List.of(
                "07700 900982",
                "07700900982",
                "+44 7700 900 982",
                "0044 7700 900982",
                "(07700) 900-982",
                "447700900982")) {
            assertEquals(Optional.of("07700900982"), PatientContact.ukMobile(typed), typed);
        }
        for (String typed : List.of("0161 496 0000", "0770090098", "077009009821", "+1 202 555 0100", "seven", "")) {
            assertEquals(Optional.empty(), PatientContact.ukMobile(typed), typed);
        }
        assertEquals("********982", PatientContact.masked("07700900982"));
    }

    @Test
    void emailAddressesNeedOneAtAndADomain() {
        assertTrue(PatientContact.email(" pat.smith@example.co.uk ").isPresent());
        for (String typed : List.of("pat", "pat@", "pat@example", "pat smith@example.org", "a@b@c.org", "")) {
            assertFalse(PatientContact.email(typed).isPresent(), typed);
        }
    }

    @Test
    void theQrCodeReadsBackAsTheListingAddress() throws Exception {
        String url = "http://localhost:8080/listings/3833c8a8-d8eb-4e15-9931-1b31312a26e7";
        BitMatrix matrix = QrCodes.encode(url);
        int scale = 4;
        int size = (matrix.getWidth() + 8) * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int mx = x / scale - 4;
                int my = y / scale - 4;
                boolean dark =
                        mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
                pixels[y * size + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
        assertTrue(QrCodes.svg(url).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(QrCodes.svgDataUri(url).startsWith("data:image/svg+xml;base64,"));
    }

    @Test
    void thePracticeNameIsOneShortLine() {
        assertEquals("Clayton Medical Centre", Sheets.practiceName("  Clayton\r\nMedical\tCentre "));
        assertEquals(null, Sheets.practiceName("   "));
        assertEquals(Sheets.PRACTICE_MAX, Sheets.practiceName("x".repeat(200)).length());
    }
}
