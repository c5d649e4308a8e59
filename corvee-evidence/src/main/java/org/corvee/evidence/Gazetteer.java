package org.corvee.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a claim may be about: host countries (with the cities and regions reports name them
 * by) and North Korean provinces (with their cities), each with the key the model uses for it
 * ({@code destination} or {@code province} in target filters). Hosts the model does not have
 * (e.g. the UAE) keep a key; a target that names them is reported "not available" by the
 * evaluator, never guessed.
 */
final class Gazetteer {
    /** A place found in a sentence. */
    record Place(String name, String dimension, String key, int start, int end) {
    }

    private record Entry(Pattern pattern, String name, String dimension, String key) {
    }

    private static final List<Entry> ENTRIES = List.of(
            host("Russia", "russia", "Russia|Russian|Siberia|Siberian|Vladivostok|Moscow|Far East|Khabarovsk|Amur"),
            host("China", "china", "China|Chinese|Ningbo|Helong|Dandong|Shenyang|Jilin|Liaoning|Zhejiang|Hunchun|Yanji"),
            host("Poland", "poland", "Poland|Polish|Gdansk|Gdańsk|Szczecin"),
            host("Qatar", "qatar", "Qatar|Qatari|Doha"),
            host("Kuwait", "kuwait", "Kuwait|Kuwaiti"),
            host("Mongolia", "mongolia", "Mongolia|Mongolian|Ulaanbaatar"),
            host("United Arab Emirates", "uae", "UAE|United Arab Emirates|Dubai|Abu Dhabi"),
            province("Pyongyang", "pyongyang", "Pyongyang|the capital"),
            province("South Pyongan", "south_pyongan", "South Pyongan|Kaechon|Pyongsong|Anju|Sunchon"),
            province("North Pyongan", "north_pyongan", "North Pyongan|Sinuiju"),
            province("Chagang", "chagang", "Chagang|Kanggye"),
            province("South Hwanghae", "south_hwanghae", "South Hwanghae|Haeju"),
            province("North Hwanghae", "north_hwanghae", "North Hwanghae|Sariwon"),
            province("Kangwon", "kangwon", "Kangwon|Wonsan"),
            province("South Hamgyong", "south_hamgyong", "South Hamgyong|Hamhung|Hamheung|Tanchon"),
            province("North Hamgyong", "north_hamgyong", "North Hamgyong|Chongjin|Hoeryong|Musan"),
            province("Ryanggang", "ryanggang", "Ryanggang|Yanggang|Hyesan|Samjiyon"));

    private Gazetteer() {
    }

    private static Entry host(String name, String key, String names) {
        return new Entry(Pattern.compile("\\b(?:" + names + ")\\b"), name, "destination", key);
    }

    private static Entry province(String name, String key, String names) {
        return new Entry(Pattern.compile("\\b(?:" + names + ")\\b"), name, "province", key);
    }

    /** The places in {@code s}, nearest to the span [a, b) first. */
    static List<Place> near(String s, int a, int b) {
        List<Place> out = new ArrayList<>();
        for (Entry e : ENTRIES) {
            Matcher m = e.pattern().matcher(s);
            while (m.find()) {
                out.add(new Place(e.name(), e.dimension(), e.key(), m.start(), m.end()));
            }
        }
        out.sort(Comparator.comparingInt(p -> p.end() <= a ? a - p.end() : p.start() >= b ? p.start() - b : 0));
        return out;
    }

    /** The model key of a place name or alias (case-sensitive as written in reports), or null. */
    static Map.Entry<String, String> key(String name) {
        for (Entry e : ENTRIES) {
            if (e.pattern().matcher(name).matches() || e.name().equalsIgnoreCase(name) || e.key().equals(name)) {
                return Map.entry(e.dimension(), e.key());
            }
        }
        return null;
    }
}
