using System.Globalization;

namespace SummitBot.Unanswered;

/// <summary>
/// The <c>--since</c> of the report: an age (<c>30m</c>, <c>12h</c>, <c>7d</c>, <c>2w</c>) or a date
/// (<c>2019-02-01</c>, midnight UTC). Without it, everything the record keeps.
/// </summary>
internal static class ReportPeriod
{
    public static bool TryParse(string? value, DateTimeOffset now, out DateTimeOffset since, out string description)
    {
        since = DateTimeOffset.MinValue;
        description = "in the whole record";
        if (value is null)
        {
            return true;
        }

        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            since = new DateTimeOffset(date, TimeSpan.Zero);
            description = $"since {since:yyyy-MM-dd} UTC";
            return true;
        }

        if (value.Length < 2 || !int.TryParse(value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            return false;
        }

        TimeSpan? age = value[^1] switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            'w' => TimeSpan.FromDays(7 * count),
            _ => null,
        };
        if (age is null || age > TimeSpan.FromDays(36_500))
        {
            return false;
        }

        since = now - age.Value;
        description = $"in the last {value} (since {since.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC)";
        return true;
    }
}
