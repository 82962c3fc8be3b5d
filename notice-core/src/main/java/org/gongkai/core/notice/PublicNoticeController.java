package org.gongkai.core.notice;

import org.gongkai.api.PublicNotice;
import org.gongkai.core.content.ContentDigest;
import org.gongkai.core.feed.internal.PublicReadCache;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import org.gongkai.core.notice.internal.NoticeStore;

/** Anonymous reads (the feed is {@code feed.SectorFeedController}): a notice's detail, its canonical content and digest verification. */
@RestController
@RequestMapping("/api/${gongkai.sector.name}/public")
class PublicNoticeController {

    private final NoticeStore store;
    private final PublicReadCache cache;
    private final PublicNotices publicNotices;

    public PublicNoticeController(NoticeStore store, PublicReadCache cache, PublicNotices publicNotices) {
        this.store = store;
        this.cache = cache;
        this.publicNotices = publicNotices;
    }

    public record Verification(String id, String digest, String expected, boolean match, String validity) {
    }

    @GetMapping("/notices/{id}")
    Mono<PublicNotice> detail(@PathVariable String id) {
        return cache.get("detail|" + id, () -> store.publicNotice(id).flatMap(publicNotices::render));
    }

    /** The exact JSON the digest covers; hash it with SHA-256 to check any copy of the notice. */
    @GetMapping(value = "/notices/{id}/canonical", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> canonical(@PathVariable String id) {
        return store.publicNotice(id).map(n -> ContentDigest.canonicalJson(CanonicalNotice.of(n)));
    }

    @GetMapping("/notices/{id}/verify")
    Mono<Verification> verify(@PathVariable String id, @RequestParam String digest) {
        return store.publicNotice(id).map(n -> {
            String actual = ContentDigest.sha256Hex(CanonicalNotice.of(n));
            boolean intact = actual.equals(n.digest());
            return new Verification(n.id(), digest, n.digest(),
                    intact && n.digest().equalsIgnoreCase(digest.trim()), n.validity().name());
        });
    }
}
