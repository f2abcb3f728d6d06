package io.jingchu.hub.ingest.internal.pii;

/**
 * Made-up personal numbers for tests, built from the published rules with their own arithmetic (not the
 * code under test), so that no real person's number appears in the tests.
 */
final class PersonalNumbers {

    private PersonalNumbers() {
    }

    /** A resident ID number: division, birth date (yyyyMMdd), 3-digit sequence, then its check character. */
    static String residentId(String division, String birth, int sequence) {
        String body = division + birth + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int weight = (1 << (17 - i)) % 11;
            sum += (body.charAt(i) - '0') * weight;
        }
        int check = (12 - sum % 11) % 11;
        return body + (check == 10 ? "X" : Integer.toString(check));
    }

    /** The first sequence number whose ID number ends in X. */
    static String residentIdEndingInX(String division, String birth) {
        for (int sequence = 0; sequence < 1000; sequence++) {
            String id = residentId(division, birth, sequence);
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new IllegalStateException("no sequence gives X");
    }

    /** A card number: the payload followed by its Luhn check digit. */
    static String card(String payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int d = payload.charAt(payload.length() - 1 - i) - '0';
            // counting from the right of the payload, every first, third… digit is doubled once the check digit follows
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return payload + (10 - sum % 10) % 10;
    }

    /** The same number with its last digit changed, so that its check fails. */
    static String withWrongCheck(String number) {
        char last = number.charAt(number.length() - 1);
        char other = last == 'X' ? '0' : (char) ('0' + (last - '0' + 1) % 10);
        return number.substring(0, number.length() - 1) + other;
    }
}
