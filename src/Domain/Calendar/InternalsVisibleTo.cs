using System.Runtime.CompilerServices;

// The tests run the lunisolar astronomy at UTC+8 against .NET's ChineseLunisolarCalendar to
// prove the astronomy right; only the UTC+7 calendar is public.
[assembly: InternalsVisibleTo("Supervision.Domain.Tests")]
