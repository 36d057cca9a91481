package com.safetycredit.ledger.query.feed;

import java.util.List;

/**
 * One page of the feed.
 *
 * @param events the events, in position order
 * @param next   the cursor for the next page: pass it as {@code after}
 * @param head   the ledger's last position when the page was read
 */
public record FeedPage(List<PublishedEvent> events, long next, long head) {}
