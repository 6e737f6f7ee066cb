namespace Supervision.Domain.Common;

/// <summary>
/// Sensitivity of a record. The three state-secret grades exist so that a value read from an
/// incoming document can be named and refused; this product never stores content at those grades.
/// </summary>
public enum Classification
{
    /// <summary>Thường: ordinary, no restriction.</summary>
    Unclassified,

    /// <summary>Hạn chế / lưu hành nội bộ: internal circulation, still allowed here.</summary>
    Restricted,

    /// <summary>Mật (state secret, confidential).</summary>
    Mat,

    /// <summary>Tối mật (state secret, secret).</summary>
    ToiMat,

    /// <summary>Tuyệt mật (state secret, top secret).</summary>
    TuyetMat,
}

public static class ClassificationRules
{
    public static bool IsStateSecret(this Classification classification) =>
        classification is Classification.Mat or Classification.ToiMat or Classification.TuyetMat;

    public static string VietnameseName(this Classification classification) => classification switch
    {
        Classification.Unclassified => "Thường",
        Classification.Restricted => "Hạn chế",
        Classification.Mat => "Mật",
        Classification.ToiMat => "Tối mật",
        Classification.TuyetMat => "Tuyệt mật",
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, null),
    };

    /// <summary>
    /// Refuses the state-secret grades: such material belongs on an isolated network, not on a
    /// system reachable from the internet (DESIGN §7).
    /// </summary>
    public static Classification EnsureAllowedHere(this Classification classification)
    {
        Guard.Defined(classification, nameof(classification));
        if (classification.IsStateSecret())
        {
            throw new DomainException(
                $"Records classified \"{classification.VietnameseName()}\" are state secrets and cannot be stored in this system; "
                + "keep them on the isolated network and record at most an unclassified reference here.");
        }

        return classification;
    }
}
