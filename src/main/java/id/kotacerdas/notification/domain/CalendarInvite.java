package id.kotacerdas.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * An invitation to an event as an iCalendar request (RFC 5545, METHOD:REQUEST).
 *
 * @param uid the same for every version of one event (so a moved interview replaces its earlier invitation)
 * @param sequence the version: 0 for the first invitation, one more for each change
 * @param location where it takes place (an online meeting's link), null or empty when not known
 * @param organizer the sender's address; attendee the recipient's (either may be null)
 */
public record CalendarInvite(
        String uid,
        int sequence,
        Instant stamp,
        Instant start,
        Duration length,
        String summary,
        String description,
        String location,
        String organizer,
        String attendee) {}
