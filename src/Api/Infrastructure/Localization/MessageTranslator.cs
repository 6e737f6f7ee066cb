using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Supervision.Api.Infrastructure.Localization;

/// <summary>
/// Puts the API's messages into the language of the request (<c>Accept-Language</c>; English unless Vietnamese is
/// asked for). A message without a translation is left in English. FluentValidation's own messages follow the same
/// culture by themselves.
/// </summary>
public static class MessageTranslator
{
    /// <summary>The languages a request may ask for, the default first (a bare "vi" or "en" is one of them too).</summary>
    public static readonly string[] Languages = ["en-US", "en", "vi-VN", "vi"];

    private static readonly Dictionary<string, string> Exact = new(StringComparer.Ordinal);
    private static readonly List<(Regex Pattern, string Template)> Templates = [];

    static MessageTranslator()
    {
        foreach (var (english, vietnamese) in VietnameseMessages.All)
        {
            if (!english.Contains('{', StringComparison.Ordinal))
            {
                Exact[english] = vietnamese;
                continue;
            }
            // "Unit '{0}' is not known." → ^Unit '(?<p0>.*?)' is not known\.$ ; the values keep their own text.
            var pattern = Regex.Replace(Regex.Escape(english), @"\\\{(\d)}", m => $"(?<p{m.Groups[1].Value}>.*?)");
            Templates.Add((new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant), vietnamese));
        }
    }

    /// <summary>True while the current request asked for Vietnamese.</summary>
    public static bool WantsVietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    /// <summary>The message in the request's language (unchanged when in English or without a translation).</summary>
    public static string Translate(string message) => WantsVietnamese ? ToVietnamese(message) : message;

    public static string ToVietnamese(string message)
    {
        if (Exact.TryGetValue(message, out var exact))
            return exact;
        foreach (var (pattern, template) in Templates)
        {
            var match = pattern.Match(message);
            if (!match.Success)
                continue;
            // A value may itself be a known phrase ("Task", "Version 3 of workflow definition"); each is shorter than
            // the message, so this ends.
            return Regex.Replace(template, @"\{(\d)}", m => ToVietnamese(match.Groups["p" + m.Groups[1].Value].Value));
        }
        return message;
    }

    /// <summary>Translates a problem's title, detail and field messages in place, into the language the request asked for.</summary>
    public static void Translate(ProblemDetails problem, HttpContext http)
    {
        // The request's culture feature, not the thread's: an exception is written outside the code that set it.
        var language = http.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        if (language.TwoLetterISOLanguageName != "vi")
            return;
        if (problem.Title is { } title)
            problem.Title = ToVietnamese(title);
        if (problem.Detail is { } detail)
            problem.Detail = ToVietnamese(detail);
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var key in validation.Errors.Keys.ToList())
                validation.Errors[key] = validation.Errors[key].Select(ToVietnamese).ToArray();
        }
    }
}
