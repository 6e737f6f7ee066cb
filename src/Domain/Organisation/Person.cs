using System.Net.Mail;
using Supervision.Domain.Common;

namespace Supervision.Domain.Organisation;

/// <summary>A user of the system and the officer behind assignments, approvals and ratings.</summary>
public sealed class Person : SoftDeletableEntity
{
    private Person()
    {
    }

    private Person(Guid id)
        : base(id)
    {
    }

    public string FullName { get; private set; } = null!;

    public string? Title { get; private set; }

    public Guid OrgUnitId { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public PreferredLocale PreferredLocale { get; private set; }

    public static Person Create(
        string fullName,
        string? title,
        Guid orgUnitId,
        string? email,
        DateTimeOffset now,
        PreferredLocale preferredLocale = PreferredLocale.Vietnamese,
        string? phone = null)
    {
        return new Person(NewId(now))
        {
            FullName = Guard.Text(fullName, "A full name"),
            Title = Guard.OptionalText(title),
            OrgUnitId = Guard.NotEmpty(orgUnitId, nameof(orgUnitId)),
            Email = ValidEmail(email),
            Phone = Guard.OptionalText(phone),
            PreferredLocale = Guard.Defined(preferredLocale, nameof(preferredLocale)),
        };
    }

    public void MoveTo(Guid orgUnitId, string? title)
    {
        OrgUnitId = Guard.NotEmpty(orgUnitId, nameof(orgUnitId));
        Title = Guard.OptionalText(title);
    }

    public void ChangeContact(string? email, string? phone)
    {
        Email = ValidEmail(email);
        Phone = Guard.OptionalText(phone);
    }

    public void PreferLocale(PreferredLocale locale) => PreferredLocale = Guard.Defined(locale, nameof(locale));

    private static string? ValidEmail(string? email)
    {
        var trimmed = Guard.OptionalText(email);
        if (trimmed is null)
        {
            return null;
        }

        // MailAddress also accepts display-name forms ("A <a@b>"); only a bare address is stored.
        if (!MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed)
        {
            throw new DomainException($"\"{trimmed}\" is not an e-mail address.");
        }

        return trimmed;
    }
}
