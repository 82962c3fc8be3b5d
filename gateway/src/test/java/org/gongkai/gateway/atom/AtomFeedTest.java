package org.gongkai.gateway.atom;

import org.gongkai.gateway.support.PortalTestBase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;

import okhttp3.mockwebserver.MockResponse;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.portal.SectorStatus;
import org.gongkai.gateway.support.FakeSector;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Document;

/** The Atom feeds, read back with Rome (a real feed parser) and a strict, namespace-aware XML parser. */
class AtomFeedTest extends PortalTestBase {

    static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    void thePortalFeedIsWellFormedAtomWithStableTagIdsAndUpdatedTimes() throws Exception {
        land.serves(List.of(land.item("L1", T), land.item("L2", T.minusSeconds(3600))));
        housing.serves(List.of(housing.item("H1", T.minusSeconds(60))));

        byte[] xml = atom("/api/portal/atom");
        Document document = strictlyParsed(xml);
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");

        Feed feed = (Feed) new WireFeedInput().build(reader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getId()).isEqualTo("tag:gongkai.example,2026:portal/feed");
        assertThat(feed.getTitle()).isEqualTo("基层政务公开");
        assertThat(feed.getUpdated()).isEqualTo(Date.from(T));
        assertThat(feed.getAuthors()).isNotEmpty();
        assertThat(feed.getOtherLinks().stream().map(Link::getRel)).contains("self");
        List<Entry> entries = feed.getEntries();
        assertThat(entries).extracting(Entry::getId).containsExactly(
                "tag:gongkai.example,2026:notice/land:L1/1", "tag:gongkai.example,2026:notice/housing:H1/1",
                "tag:gongkai.example,2026:notice/land:L2/1");
        assertThat(entries.get(1).getUpdated()).isEqualTo(Date.from(T.minusSeconds(60)));
        assertThat(entries.get(0).getTitle()).isEqualTo("公告 L1");
        assertThat(entries.get(0).getAlternateLinks()).singleElement()
                .satisfies(link -> assertThat(link.getHref()).endsWith("/api/portal/notices/land:L1"));
        assertThat(entries.get(0).getCategories()).extracting(c -> c.getTerm()).contains("land", "TYPE");

        // the generic parser agrees, and the same notices give the same document again
        assertThat(new SyndFeedInput().build(reader(xml)).getEntries()).hasSize(3);
        assertThat(atom("/api/portal/atom")).isEqualTo(xml);
    }

    @Test
    void aFeedPerSectorRegionAndTypeSelectsFromTheReadModelAndSaysWhatItSelects() throws Exception {
        FeedItem elsewhere = housing.item("H2", T.plusSeconds(1));
        housing.serves(List.of(housing.item("H1", T), new FeedItem(elsewhere.id(), "housing", "TYPE", "类型",
                elsewhere.title(), elsewhere.summary(), "230301001", elsewhere.audience(), elsewhere.status(),
                elsewhere.validity(), elsewhere.publishedAt(), null, null, null, null, 1, "sha256:01")));
        land.serves(List.of(land.item("L1", T)));

        Feed feed = (Feed) new WireFeedInput().build(reader(atom("/api/portal/atom?sector=housing&region=230202&type=TYPE")));

        assertThat(feed.getId()).isEqualTo("tag:gongkai.example,2026:portal/feed?sector=housing&region=230202&type=TYPE");
        assertThat(feed.getTitle()).isEqualTo("基层政务公开 · housing · 区划230202 · 类型");
        assertThat(feed.getEntries()).extracting(Entry::getId)
                .containsExactly("tag:gongkai.example,2026:notice/housing:H1/1");
        // answered from the read model: no sector is asked anything but its change feed
        assertThat(land.requests()).isEmpty();
        assertThat(housing.requests()).isEmpty();
    }

    @Test
    void anUnavailableSectorIsNamedAndControlCharactersCannotBreakTheDocument() throws Exception {
        FeedItem odd = new FeedItem("land:X", "land", "T", "类型", "标题\u0007含控制字符", "摘要\u0000", "230202", "PUBLIC",
                "PUBLISHED", "IN_FORCE", T, null, null, null, null, 1, "d");
        land.serves(List.of(odd));
        housing.changeFeedAnswers(new MockResponse().setResponseCode(500));
        awaitStatus("housing", SectorStatus.UNAVAILABLE);

        byte[] xml = atom("/api/portal/atom");
        strictlyParsed(xml);
        Feed feed = (Feed) new WireFeedInput().build(reader(xml));

        assertThat(feed.getSubtitle().getValue()).contains("暂时无法访问的板块：housing");
        assertThat(feed.getEntries()).singleElement().satisfies(e -> assertThat(e.getTitle()).isEqualTo("标题含控制字符"));
    }

    @Test
    void anEmptyFeedIsStillAValidAtomDocument() throws Exception {
        Feed feed = (Feed) new WireFeedInput().build(reader(atom("/api/portal/atom?sector=land")));

        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getUpdated()).isNotNull();
    }

    private byte[] atom(String uri) {
        return client.get().uri(uri).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/atom+xml"))
                .expectHeader().exists("ETag")
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static InputStreamReader reader(byte[] xml) {
        return new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8);
    }

    private static Document strictlyParsed(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
