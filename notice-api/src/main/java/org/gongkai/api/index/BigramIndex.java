package org.gongkai.api.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Character-bigram postings over the entries' search text. Chinese has no spaces for a tokenizer to split on (and
 * MongoDB's text index does not segment it), so every pair of adjacent characters is indexed: an entry can contain
 * a keyword only if it contains all of the keyword's bigrams. Candidates are then checked with a real substring
 * match, so the index only ever narrows, never decides.
 *
 * <p>Entries get increasing ordinals, so each posting list stays sorted by appending. A removed entry leaves a hole
 * that lookups skip; the postings are rebuilt when holes outnumber live entries.
 */
public final class BigramIndex<E extends Indexed> {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final Map<Integer, IntList> postings = new HashMap<>();
    private Object[] byOrdinal = new Object[1024];
    private int next;
    private int holes;

    public void add(E entry) {
        lock.writeLock().lock();
        try {
            index(entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(String id) {
        lock.writeLock().lock();
        try {
            Integer ordinal = ordinals.remove(id);
            if (ordinal != null) {
                byOrdinal[ordinal] = null;
                holes++;
                if (holes > 1_000 && holes > ordinals.size()) {
                    rebuild();
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The live entries containing every bigram of {@code keyword} (not yet checked for the whole keyword), or null
     * when even its rarest bigram occurs in more than {@code maxCandidates} entries.
     */
    public List<E> candidates(String keyword, int maxCandidates) {
        int[] wanted = bigramsOf(keyword);
        lock.readLock().lock();
        try {
            IntList[] lists = new IntList[wanted.length];
            for (int i = 0; i < wanted.length; i++) {
                lists[i] = postings.get(wanted[i]);
                if (lists[i] == null) {
                    return List.of();
                }
            }
            Arrays.sort(lists, (a, b) -> Integer.compare(a.size, b.size));
            if (lists[0].size > maxCandidates) {
                return null;
            }
            List<E> found = new ArrayList<>();
            for (int i = 0; i < lists[0].size; i++) {
                int ordinal = lists[0].values[i];
                if (byOrdinal[ordinal] != null && inAll(lists, ordinal)) {
                    found.add(entryAt(ordinal));
                }
            }
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private E cast(Object entry) {
        return (E) entry;
    }

    private E entryAt(int ordinal) {
        return cast(byOrdinal[ordinal]);
    }

    private static boolean inAll(IntList[] lists, int ordinal) {
        for (int i = 1; i < lists.length; i++) {
            if (Arrays.binarySearch(lists[i].values, 0, lists[i].size, ordinal) < 0) {
                return false;
            }
        }
        return true;
    }

    private void index(E entry) {
        if (next == byOrdinal.length) {
            byOrdinal = Arrays.copyOf(byOrdinal, byOrdinal.length * 2);
        }
        int ordinal = next++;
        byOrdinal[ordinal] = entry;
        ordinals.put(entry.id(), ordinal);
        for (int bigram : bigramsOf(entry.searchText())) {
            postings.computeIfAbsent(bigram, key -> new IntList()).add(ordinal);
        }
    }

    private void rebuild() {
        Object[] live = Arrays.stream(byOrdinal, 0, next).filter(e -> e != null).toArray();
        ordinals.clear();
        postings.clear();
        byOrdinal = new Object[Math.max(1024, live.length * 2)];
        next = 0;
        holes = 0;
        for (Object entry : live) {
            index(cast(entry));
        }
    }

    /** The distinct bigrams of {@code text}, sorted; each is two UTF-16 units packed into an int. */
    public static int[] bigramsOf(String text) {
        if (text.length() < 2) {
            return new int[0];
        }
        int[] all = new int[text.length() - 1];
        for (int i = 0; i < all.length; i++) {
            all[i] = (text.charAt(i) << 16) | text.charAt(i + 1);
        }
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }
}
