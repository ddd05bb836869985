package io.characterstudio.model;

/**
 * The one word-counting rule of Character Studio, shared by the editor's live counter and the
 * sandbox's 1000-word check so that the two can never disagree.
 *
 * <p>A word is a maximal run of characters that are not white space (Unicode white space and
 * the no-break spaces count as space) and that holds at least one letter or digit. So
 * "don't", "well-known", "e-mail" and "3.5" are one word each; a lone dash, an ellipsis or an
 * emoji standing between spaces is not a word; line breaks and tabs separate words like spaces.
 * Scripts written without spaces (Chinese, Japanese) count one word per run, as the Convai
 * Playground does.
 */
public final class WordCount {

    /** The Playground's backstory limit, which the editor and the sandbox both enforce. */
    public static final int BACKSTORY_WORD_LIMIT = 1000;

    private WordCount() {}

    public static int of(CharSequence text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inToken = false;
        boolean tokenHasWordChar = false;
        int i = 0;
        int length = text.length();
        while (i < length) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                if (inToken && tokenHasWordChar) {
                    words++;
                }
                inToken = false;
                tokenHasWordChar = false;
            } else {
                inToken = true;
                if (Character.isLetterOrDigit(cp)) {
                    tokenHasWordChar = true;
                }
            }
        }
        if (inToken && tokenHasWordChar) {
            words++;
        }
        return words;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
