package nl.passendwijzer.server.mail;

/** Sends one plain-text e-mail; throws when the message could not be handed to the mail server. */
public interface Mailer {
    void send(String to, String subject, String body) throws MailFailure;

    /** Sending failed; the message is retried later. {@code getMessage()} never holds the recipient. */
    final class MailFailure extends Exception {
        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
