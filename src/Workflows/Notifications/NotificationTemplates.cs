using System.Collections.Concurrent;
using Fluid;

namespace Supervision.Workflows.Notifications;

/// <summary>A rendered message: subject, plain text and HTML.</summary>
public sealed record RenderedMessage(string Subject, string Text, string Html);

/// <summary>
/// The texts of notifications as Liquid templates in Vietnamese and English; the recipient's locale picks
/// one (Vietnamese when the locale is unknown). Models are plain objects or dictionaries.
/// </summary>
public sealed class NotificationTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _compiled = new(StringComparer.Ordinal);
    private readonly TemplateOptions _options;

    private static readonly Dictionary<string, (string Subject, string Body)> Texts = new(StringComparer.Ordinal)
    {
        ["task-assigned:vi"] = ("Nhiệm vụ mới: {{ task.title }}", "Kính gửi {{ recipient }},\n\nĐồng chí được giao nhiệm vụ \"{{ task.title }}\"{% if task.dueOn %}, hạn hoàn thành {{ task.dueOn }}{% endif %}.\n{% if task.url %}Xem chi tiết: {{ task.url }}\n{% endif %}"),
        ["task-assigned:en"] = ("New task: {{ task.title }}", "Dear {{ recipient }},\n\nYou have been given the task \"{{ task.title }}\"{% if task.dueOn %}, due {{ task.dueOn }}{% endif %}.\n{% if task.url %}Details: {{ task.url }}\n{% endif %}"),
        ["task-returned:vi"] = ("Bị trả lại: {{ task.title }}", "Kính gửi {{ recipient }},\n\nNhiệm vụ \"{{ task.title }}\" đã được {{ returned.by }} trả lại{% if returned.comment %} với ý kiến: \"{{ returned.comment }}\"{% endif %}. Đề nghị bổ sung và gửi lại{% if task.dueOn %}, hạn hoàn thành {{ task.dueOn }}{% endif %}.\n{% if task.url %}Xem chi tiết: {{ task.url }}\n{% endif %}"),
        ["task-returned:en"] = ("Returned: {{ task.title }}", "Dear {{ recipient }},\n\nThe task \"{{ task.title }}\" was returned by {{ returned.by }}{% if returned.comment %} with the comment: \"{{ returned.comment }}\"{% endif %}. Please complete it and send it again{% if task.dueOn %}, due {{ task.dueOn }}{% endif %}.\n{% if task.url %}Details: {{ task.url }}\n{% endif %}"),
        ["reminder-upcoming:vi"] = ("Nhắc việc: {{ task.title }} (còn {{ workingDays }} ngày làm việc)", "Kính gửi {{ recipient }},\n\nNhiệm vụ \"{{ task.title }}\" đến hạn ngày {{ task.dueOn }}, còn {{ workingDays }} ngày làm việc.\n"),
        ["reminder-upcoming:en"] = ("Reminder: {{ task.title }} ({{ workingDays }} working days left)", "Dear {{ recipient }},\n\nThe task \"{{ task.title }}\" is due on {{ task.dueOn }}, {{ workingDays }} working days from now.\n"),
        ["reminder-due-today:vi"] = ("Đến hạn hôm nay: {{ task.title }}", "Kính gửi {{ recipient }},\n\nNhiệm vụ \"{{ task.title }}\" đến hạn hôm nay ({{ task.dueOn }}).\n"),
        ["reminder-due-today:en"] = ("Due today: {{ task.title }}", "Dear {{ recipient }},\n\nThe task \"{{ task.title }}\" is due today ({{ task.dueOn }}).\n"),
        ["reminder-overdue:vi"] = ("Quá hạn {{ workingDays }} ngày làm việc: {{ task.title }}", "Kính gửi {{ recipient }},\n\nNhiệm vụ \"{{ task.title }}\" đã quá hạn {{ workingDays }} ngày làm việc (hạn {{ task.dueOn }}). Đề nghị khẩn trương hoàn thành.\n"),
        ["reminder-overdue:en"] = ("Overdue by {{ workingDays }} working days: {{ task.title }}", "Dear {{ recipient }},\n\nThe task \"{{ task.title }}\" is {{ workingDays }} working days overdue (due {{ task.dueOn }}). Please complete it urgently.\n"),
        ["escalation:vi"] = ("Chuyển cấp: {{ task.title }} quá hạn {{ workingDays }} ngày làm việc", "Kính gửi {{ recipient }},\n\nNhiệm vụ \"{{ task.title }}\" của {{ task.unitName }} đã quá hạn {{ workingDays }} ngày làm việc (hạn {{ task.dueOn }}) và được chuyển đồng chí xem xét, chỉ đạo.\n"),
        ["escalation:en"] = ("Escalated: {{ task.title }} overdue by {{ workingDays }} working days", "Dear {{ recipient }},\n\nThe task \"{{ task.title }}\" of {{ task.unitName }} is {{ workingDays }} working days overdue (due {{ task.dueOn }}) and is escalated to you.\n"),
        ["urge-notice:vi"] = ("Công văn đôn đốc (mức {{ level }})", "Kính gửi {{ recipient }},\n\n{{ body }}\n{% for t in tasks %}- {{ t.title }} (hạn {{ t.dueOn }})\n{% endfor %}"),
        ["urge-notice:en"] = ("Urge notice (level {{ level }})", "Dear {{ recipient }},\n\n{{ messageEn | default: body }}\n{% for t in tasks %}- {{ t.title }} (due {{ t.dueOn }})\n{% endfor %}"),
        ["notify:vi"] = ("{{ subject }}", "Kính gửi {{ recipient }},\n\n{{ body }}\n"),
        ["notify:en"] = ("{{ subject }}", "Dear {{ recipient }},\n\n{{ body }}\n"),
    };

    public NotificationTemplates()
    {
        _options = new TemplateOptions { MemberAccessStrategy = new UnsafeMemberAccessStrategy() };
        _options.Filters.AddFilter("default", (input, arguments, _) => input.IsNil() || input.ToStringValue().Length == 0 ? arguments.At(0) : input);
    }

    public static IEnumerable<string> Keys => Texts.Keys.Select(k => k[..k.LastIndexOf(':')]).Distinct();

    /// <summary>Renders a template for a locale (<c>vi-VN</c>, <c>en-US</c>, <c>vi</c>, <c>en</c>).</summary>
    public async Task<RenderedMessage> RenderAsync(string templateKey, string? locale, object model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templateKey);
        ArgumentNullException.ThrowIfNull(model);
        var language = locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "vi";
        var key = $"{templateKey}:{language}";
        if (!Texts.ContainsKey(key))
            throw new KeyNotFoundException($"No notification template '{templateKey}'.");
        var context = new TemplateContext(model, _options);
        var subject = (await Template(key + ":subject", Texts[key].Subject).RenderAsync(context)).Trim();
        var text = await Template(key + ":body", Texts[key].Body).RenderAsync(context);
        var html = "<!DOCTYPE html><html><body style=\"font-family: sans-serif\">"
            + string.Join("", text.Split('\n').Select(line => line.Length == 0 ? "<br>" : $"<p>{Html.Encode(line)}</p>"))
            + "</body></html>";
        return new RenderedMessage(subject, text, html);
    }

    private IFluidTemplate Template(string cacheKey, string source) =>
        _compiled.GetOrAdd(cacheKey, _ => Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Notification template {cacheKey} does not parse: {error}"));
}
