using System.Globalization;
using System.Text;
using Mediator;
using MiniExcelLibs;

namespace Supervision.Api.Features.Dashboard.ExportStatistics;

/// <summary>The statistics as a file: <c>csv</c> (UTF-8 with a byte-order mark, so Excel shows Vietnamese) or <c>xlsx</c>.</summary>
public sealed record ExportStatistics(string? Format, string? GroupBy, string? UnitId, string? DefinitionId, DateOnly? DueFrom, DateOnly? DueTo, string? PlanId = null)
    : IRequest<ExportedStatistics>, IStatisticsFilter
{
    public static readonly string[] Formats = ["csv", "xlsx"];

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

public sealed record ExportedStatistics(string FileName, string ContentType, byte[] Content);

internal sealed class ExportStatisticsHandler(DashboardStatistics statistics) : IRequestHandler<ExportStatistics, ExportedStatistics>
{
    public async ValueTask<ExportedStatistics> Handle(ExportStatistics request, CancellationToken cancellationToken)
    {
        var result = await statistics.ComputeAsync(request, cancellationToken);
        var english = statistics.English;
        var header = Header(result.GroupBy, english);
        var rows = result.Rows.Append(result.Totals).Select(Cells).ToList();
        var stem = $"dashboard-{result.GroupBy}-{Domain.Calendar.WorkCalendar.ToLocalDate(result.AsOf):yyyyMMdd}";
        if (string.Equals(request.Format, "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            var sheet = rows.Select(cells =>
            {
                var row = new Dictionary<string, object?>(StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                    row[header[i]] = cells[i];
                return row;
            }).ToList();
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(sheet, sheetName: english ? "Statistics" : "Thong ke", excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
            return new ExportedStatistics($"{stem}.xlsx", ExportStatistics.XlsxContentType, stream.ToArray());
        }

        var csv = new StringBuilder();
        csv.AppendJoin(',', header.Select(Csv)).Append("\r\n");
        foreach (var cells in rows)
            csv.AppendJoin(',', cells.Select(c => Csv(c switch
            {
                null => "",
                double d => d.ToString("0.0", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            }))).Append("\r\n");
        return new ExportedStatistics($"{stem}.csv", "text/csv; charset=utf-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())]);
    }

    private static string[] Header(string groupBy, bool english) => english
        ? ["Key", groupBy switch { "plan" => "Plan", "source" => "Source document", _ => "Unit" }, "Assigned", "On track", "Due soon", "Overdue",
            "Done on time", "Done late", "Timed out", "No deadline", "On-time rate (%)"]
        : ["Mã", groupBy switch { "plan" => "Kế hoạch", "source" => "Văn bản nguồn", _ => "Đơn vị" }, "Được giao", "Trong hạn", "Sắp đến hạn", "Quá hạn",
            "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Hết hạn xử lý", "Không có hạn", "Tỷ lệ đúng hạn (%)"];

    private static object?[] Cells(StatisticsRow row) =>
    [
        Text(row.Key), Text(row.Name), row.Assigned, row.OnTrack, row.DueSoon, row.Overdue, row.DoneOnTime, row.DoneLate, row.TimedOut, row.NoDeadline,
        row.OnTimeRate is { } rate ? Math.Round(rate * 100, 1) : null,
    ];

    /// <summary>A name that a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection).</summary>
    private static string Text(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
