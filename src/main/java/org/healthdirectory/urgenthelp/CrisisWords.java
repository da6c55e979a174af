package org.healthdirectory.urgenthelp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.healthdirectory.text.Words;

/**
 * Tells whether what someone typed suggests crisis, self-harm, suicide or abuse, from the editorial
 * list in content/urgent-help-words.txt. Errs on the side of showing help: phrases match anywhere in
 * the words, a rule ending in * matches the start of a word, and long words forgive one typo.
 */
public final class CrisisWords {

    /** What the words suggest. Abuse also brings the domestic abuse helpline and a quick exit. */
    public enum Kind {
        CRISIS,
        ABUSE
    }

    private record Rule(Kind kind, String[] words, boolean prefix) {}

    private static final int TYPO_MIN_LENGTH = 7;

    private final List<Rule> rules;

    private CrisisWords(List<Rule> rules) {
        this.rules = rules;
    }

    /** Reads rules in the content file's format: "[crisis]" / "[abuse]" sections, one rule a line. */
    public static CrisisWords parse(String text) {
        List<Rule> rules = new ArrayList<>();
        Kind section = null;
        for (String raw : text.split("\\R")) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section =
                        Kind.valueOf(line.substring(1, line.length() - 1).trim().toUpperCase(Locale.ROOT));
                continue;
            }
            if (section == null) {
                throw new IllegalArgumentException("Urgent-help rule outside a section: " + line);
            }
            boolean prefix = line.endsWith("*");
            String[] words = Words.of(prefix ? line.substring(0, line.length() - 1) : line);
            if (words.length > 0) {
                rules.add(new Rule(section, words, prefix));
            }
        }
        return new CrisisWords(List.copyOf(rules));
    }

    /** The kinds of urgent help the text suggests; empty when it suggests none. */
    public Set<Kind> match(String text) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (text == null || text.isBlank()) {
            return kinds;
        }
        String[] typed = Words.of(text);
        for (Rule rule : rules) {
            if (!kinds.contains(rule.kind()) && matches(rule, typed)) {
                kinds.add(rule.kind());
            }
        }
        return kinds;
    }

    /**
     * The typed words without those that matched a rule, for the search below the panel: "lonely, I want
     * to die" still finds befriending, instead of nothing because "want to die" matches no activity.
     */
    public String withoutMatches(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String[] typed = Words.of(text);
        boolean[] matched = new boolean[typed.length];
        for (Rule rule : rules) {
            for (int start = 0; start + rule.words().length <= typed.length; start++) {
                if (matchesAt(rule, typed, start)) {
                    Arrays.fill(matched, start, start + rule.words().length, true);
                }
            }
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < typed.length; i++) {
            if (!matched[i]) {
                kept.add(typed[i]);
            }
        }
        return String.join(" ", kept);
    }

    private static boolean matches(Rule rule, String[] typed) {
        for (int start = 0; start + rule.words().length <= typed.length; start++) {
            if (matchesAt(rule, typed, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(Rule rule, String[] typed, int start) {
        String[] words = rule.words();
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            if (!wordMatches(words[i], typed[start + i], last && rule.prefix(), words.length == 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordMatches(String rule, String typed, boolean prefix, boolean single) {
        if (prefix) {
            return typed.startsWith(rule);
        }
        if (typed.equals(rule)) {
            return true;
        }
        return single
                && rule.length() >= TYPO_MIN_LENGTH
                && Math.abs(rule.length() - typed.length()) <= 1
                && oneEditApart(rule, typed);
    }

    /** One insertion, deletion, substitution or swap of neighbours. */
    static boolean oneEditApart(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()] <= 1;
    }
}
