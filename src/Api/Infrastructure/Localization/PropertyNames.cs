using System.Linq.Expressions;
using System.Reflection;

namespace Supervision.Api.Infrastructure.Localization;

/// <summary>
/// How FluentValidation's own messages ("'{PropertyName}' must not be empty", "Độ dài tối đa của '{PropertyName}'…")
/// name a field: in words of the request's language rather than the code's ("Q", "Name Vi"). Keys are the names of
/// the validated properties; a property not listed keeps FluentValidation's own name.
/// </summary>
internal static class PropertyNames
{
    public static readonly IReadOnlyDictionary<string, (string English, string Vietnamese)> All = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["Action"] = ("Action", "Thao tác"),
        ["ActivityMap"] = ("Activity map", "Bảng ánh xạ bước"),
        ["Actor"] = ("User", "Người thực hiện"),
        ["ByUnitId"] = ("Unit taking over", "Đơn vị tiếp nhận"),
        ["Code"] = ("Code", "Mã"),
        ["Comment"] = ("Comment", "Ý kiến"),
        ["CorrelationId"] = ("Correlation id", "Mã liên kết"),
        ["CreatedFrom"] = ("Created from", "Ngày tạo từ"),
        ["CreatedTo"] = ("Created to", "Ngày tạo đến"),
        ["CurrentPassword"] = ("Current password", "Mật khẩu hiện tại"),
        ["Date"] = ("Date", "Ngày"),
        ["DeadlineState"] = ("Deadline state", "Trạng thái hạn"),
        ["Definition"] = ("Definition", "Định nghĩa"),
        ["DefinitionId"] = ("Definition id", "Mã quy trình"),
        ["DelegatedFromUserName"] = ("Delegated from", "Người ủy quyền"),
        ["DisplayName"] = ("Display name", "Tên hiển thị"),
        ["DocType"] = ("Document type", "Loại văn bản"),
        ["DueFrom"] = ("Due from", "Hạn từ ngày"),
        ["Since"] = ("Since", "Từ thời điểm"),
        ["Until"] = ("Until", "Đến trước thời điểm"),
        ["ActiveOn"] = ("In force on", "Có hiệu lực vào ngày"),
        ["DueOn"] = ("Due date", "Hạn"),
        ["DueTo"] = ("Due to", "Hạn đến ngày"),
        ["Email"] = ("E-mail", "E-mail"),
        ["Files"] = ("Files", "Tệp"),
        ["Form"] = ("Form", "Biểu mẫu"),
        ["Format"] = ("Format", "Định dạng"),
        ["From"] = ("From", "Từ ngày"),
        ["GroupBy"] = ("Group by", "Nhóm theo"),
        ["Id"] = ("Id", "Mã định danh"),
        ["Input"] = ("Input", "Đầu vào"),
        ["IssuedFrom"] = ("Issued from", "Ban hành từ ngày"),
        ["IssuedTo"] = ("Issued to", "Ban hành đến ngày"),
        ["IssuerUnitId"] = ("Issuing unit", "Đơn vị ban hành"),
        ["Kind"] = ("Kind", "Loại"),
        ["Level"] = ("Level", "Cấp"),
        ["Name"] = ("Name", "Tên"),
        ["NameEn"] = ("English name", "Tên tiếng Anh"),
        ["NameVi"] = ("Vietnamese name", "Tên tiếng Việt"),
        ["NewPassword"] = ("New password", "Mật khẩu mới"),
        ["On"] = ("Date", "Ngày"),
        ["PageSize"] = ("Page size", "Kích thước trang"),
        ["ParentId"] = ("Parent unit", "Đơn vị cấp trên"),
        ["Password"] = ("Password", "Mật khẩu"),
        ["PeriodKey"] = ("Period", "Kỳ"),
        ["PlanId"] = ("Plan", "Kế hoạch"),
        ["Published"] = ("Published", "Đã ban hành"),
        ["Q"] = ("Search text", "Từ khóa tìm kiếm"),
        ["Query"] = ("Query", "Điều kiện lọc"),
        ["Rating"] = ("Rating", "Xếp loại"),
        ["Reason"] = ("Reason", "Lý do"),
        ["Role"] = ("Role", "Vai trò"),
        ["Search"] = ("Search text", "Từ khóa tìm kiếm"),
        ["Sort"] = ("Sort", "Sắp xếp"),
        ["Source"] = ("Source", "Nguồn"),
        ["StartDate"] = ("Start date", "Ngày bắt đầu"),
        ["Status"] = ("Status", "Trạng thái"),
        ["System"] = ("System", "Hệ thống"),
        ["TargetVersion"] = ("Target version", "Phiên bản đích"),
        ["TaskIds"] = ("Tasks", "Nhiệm vụ"),
        ["To"] = ("To", "Đến ngày"),
        ["Totp"] = ("One-time code", "Mã dùng một lần"),
        ["Type"] = ("Type", "Loại"),
        ["UnitId"] = ("Unit", "Đơn vị"),
        ["UserName"] = ("User name", "Tên đăng nhập"),
        ["ValidTo"] = ("Valid to", "Hiệu lực đến ngày"),
        ["Variables"] = ("Variables", "Biến"),
        ["Version"] = ("Version", "Phiên bản"),
        ["Year"] = ("Year", "Năm"),
    };

    /// <summary>A <see cref="FluentValidation.ValidatorOptions"/> display-name resolver; FluentValidation calls it on each validation, in the request's culture.</summary>
    public static string? Resolve(Type type, MemberInfo? member, LambdaExpression? expression) =>
        member is not null && All.TryGetValue(member.Name, out var names) ? (MessageTranslator.WantsVietnamese ? names.Vietnamese : names.English) : null;
}
