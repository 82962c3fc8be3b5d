package org.gongkai.core.calendar;

/** A calendar file is missing, unreadable or inconsistent; the message says which and why. */
class InvalidCalendarException extends RuntimeException {

    public InvalidCalendarException(String message) {
        super(message);
    }

    public InvalidCalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
