package org.gongkai.gateway.atom;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.gongkai.api.FeedItem;
import org.gongkai.gateway.portal.PortalFeed;
import org.gongkai.gateway.portal.SectorStatus;

/**
 * Writes a portal feed page as an Atom 1.0 document (RFC 4287). Entry ids are {@code tag:} URIs (RFC 4151) made of
 * the notice's global id and revision, so they never change; a correction is a new version with its own id. An
 * entry's {@code updated} is its publication time: a published version's content never changes.
 */
public final class AtomFeedWriter {

    public static final String NS = "http://www.w3.org/2005/Atom";
    private static final DateTimeFormatter RFC3339 = DateTimeFormatter.ISO_INSTANT;

    private final String tagAuthority;

    public AtomFeedWriter(String tagAuthority) {
        this.tagAuthority = tagAuthority;
    }

    /**
     * @param feedKey     what the feed selects, as stable text ({@code sector=land&region=230202}); part of its id
     * @param selfUrl     the absolute URL this document is served at
     * @param baseUrl     the portal's absolute base URL, for entry links
     * @param titles      sector names by code, for titles and categories
     */
    public byte[] write(PortalFeed feed, String title, String feedKey, String selfUrl, String baseUrl,
            Map<String, String> titles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8_192);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
            element(xml, "id", "tag:" + tagAuthority + ":portal/feed" + (feedKey.isEmpty() ? "" : "?" + feedKey));
            element(xml, "title", title);
            String missing = missing(feed, titles);
            element(xml, "subtitle", missing.isEmpty() ? "各板块主动公开的公告，按发布时间倒序"
                    : "各板块主动公开的公告，按发布时间倒序；" + missing);
            element(xml, "updated", time(updated(feed.items())));
            link(xml, "self", "application/atom+xml", selfUrl);
            link(xml, "alternate", "application/json", baseUrl + "/api/portal/feed"
                    + (feedKey.isEmpty() ? "" : "?" + feedKey));
            xml.writeStartElement(NS, "author");
            element(xml, "name", "基层政务公开");
            xml.writeEndElement();
            xml.writeStartElement(NS, "generator");
            xml.writeAttribute("uri", baseUrl + "/api/portal");
            xml.writeCharacters("gongkai portal");
            xml.writeEndElement();
            for (FeedItem item : feed.items()) {
                entry(xml, item, baseUrl, titles);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
        return out.toByteArray();
    }

    /** The stable id of one notice version in every Atom feed. */
    public String entryId(FeedItem item) {
        return "tag:" + tagAuthority + ":notice/" + item.id() + "/" + item.version();
    }

    private void entry(XMLStreamWriter xml, FeedItem item, String baseUrl, Map<String, String> titles)
            throws XMLStreamException {
        xml.writeStartElement(NS, "entry");
        element(xml, "id", entryId(item));
        element(xml, "title", item.title() == null ? item.id() : item.title());
        element(xml, "updated", time(item.publishedAt()));
        element(xml, "published", time(item.publishedAt()));
        link(xml, "alternate", "application/json", baseUrl + "/api/portal/notices/" + item.id());
        category(xml, item.sector(), "tag:" + tagAuthority + ":sector", titles.getOrDefault(item.sector(), item.sector()));
        if (item.type() != null) {
            category(xml, item.type(), "tag:" + tagAuthority + ":type", item.typeName());
        }
        if (item.region() != null) {
            category(xml, item.region(), "tag:" + tagAuthority + ":region", null);
        }
        xml.writeStartElement(NS, "summary");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(clean(summary(item)));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String summary(FeedItem item) {
        StringBuilder text = new StringBuilder();
        if (item.typeName() != null) {
            text.append("【").append(item.typeName()).append("】");
        }
        if (item.publicityStart() != null) {
            text.append("公示期").append(item.publicityStart()).append("至").append(item.publicityEnd()).append("。");
        }
        if (item.summary() != null) {
            text.append(item.summary());
        }
        return text.toString();
    }

    private static String missing(PortalFeed feed, Map<String, String> titles) {
        List<String> unavailable = feed.sectors().entrySet().stream()
                .filter(entry -> SectorStatus.UNAVAILABLE.equals(entry.getValue().status()))
                .map(entry -> titles.getOrDefault(entry.getKey(), entry.getKey())).toList();
        List<String> stale = feed.sectors().entrySet().stream()
                .filter(entry -> SectorStatus.STALE.equals(entry.getValue().status()))
                .map(entry -> titles.getOrDefault(entry.getKey(), entry.getKey())).toList();
        StringBuilder note = new StringBuilder();
        if (!unavailable.isEmpty()) {
            note.append("暂时无法访问的板块：").append(String.join("、", unavailable)).append("。");
        }
        if (!stale.isEmpty()) {
            note.append("以下板块显示的是较早的内容：").append(String.join("、", stale)).append("。");
        }
        return note.toString();
    }

    private static Instant updated(List<FeedItem> items) {
        return items.stream().map(FeedItem::publishedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static String time(Instant instant) {
        return RFC3339.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters), which would make the feed unreadable. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement(NS, "link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter xml, String term, String scheme, String label)
            throws XMLStreamException {
        xml.writeEmptyElement(NS, "category");
        xml.writeAttribute("term", term);
        xml.writeAttribute("scheme", scheme);
        if (label != null) {
            xml.writeAttribute("label", label);
        }
    }

    static String key(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }
}
