package nl.passendwijzer.server.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** SMTP through Angus Mail (Jakarta Mail 2.1), with connect and read timeouts so a slow server cannot stall the worker. */
public final class SmtpMailer implements Mailer {
    private final Session session;
    private final MailSettings settings;

    public SmtpMailer(MailSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.smtpHost());
        props.put("mail.smtp.port", Integer.toString(settings.smtpPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        props.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        props.put("mail.smtp.starttls.required", Boolean.toString(settings.starttls()));
        boolean auth = !settings.username().isBlank();
        props.put("mail.smtp.auth", Boolean.toString(auth));
        this.session = auth
                ? Session.getInstance(props, new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.username(), settings.password());
                    }
                })
                : Session.getInstance(props);
    }

    @Override
    public void send(String to, String subject, String body) throws MailFailure {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.afzender()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            throw new MailFailure("SMTP: " + e.getClass().getSimpleName(), e);
        }
    }
}
