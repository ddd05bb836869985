package io.characterstudio.ui.library;

import java.util.Comparator;

/**
 * Natural order of names: letters compare ignoring case, and a run of digits compares as the
 * number it spells ("Bram 616" before "Bram 5151"), however long it is. Equal numbers written
 * with more leading zeros come later; names otherwise equal compare as plain text.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int zeros = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int startA = skipZeros(a, i, endA);
                int startB = skipZeros(b, j, endB);
                int byNumber = compareNumbers(a, startA, endA, b, startB, endB);
                if (byNumber != 0) {
                    return byNumber;
                }
                if (zeros == 0) {
                    zeros = Integer.compare(startA - i, startB - j);
                }
                i = endA;
                j = endB;
            } else {
                int byLetter = Character.compare(fold(x), fold(y));
                if (byLetter != 0) {
                    return byLetter;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : zeros != 0 ? zeros : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipZeros(String s, int from, int end) {
        int start = from;
        while (start < end - 1 && s.charAt(start) == '0') {
            start++;
        }
        return start;
    }

    /** Digits without leading zeros: the longer is the larger, else the first differing digit decides. */
    private static int compareNumbers(String a, int startA, int endA, String b, int startB, int endB) {
        int byLength = Integer.compare(endA - startA, endB - startB);
        if (byLength != 0) {
            return byLength;
        }
        for (int k = 0; k < endA - startA; k++) {
            int byDigit = Character.compare(a.charAt(startA + k), b.charAt(startB + k));
            if (byDigit != 0) {
                return byDigit;
            }
        }
        return 0;
    }
}
