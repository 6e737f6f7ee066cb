using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Supervision.Workflows.Notifications;

/// <summary>SMTP settings (section <c>Email</c>).</summary>
public sealed record SmtpOptions
{
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; init; } = "StartTlsWhenAvailable";

    public string? UserName { get; init; }
    public string? Password { get; init; }
    public string FromAddress { get; init; } = "supervision@localhost";
    public string FromName { get; init; } = "Supervision";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>An e-mail to send: plain text and HTML alternatives.</summary>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string Text, string Html, string? MessageId = null);

/// <summary>Sends e-mail through SMTP with MailKit.</summary>
public sealed class EmailSender(SmtpOptions options)
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? message.ToAddress, message.ToAddress));
        mime.Subject = message.Subject;
        if (message.MessageId is not null)
            // The outbox key as Message-Id lets a receiving system spot a duplicate if a retry ever sends twice.
            mime.MessageId = message.MessageId;
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var security = Enum.Parse<SecureSocketOptions>(options.Security, ignoreCase: true);
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
