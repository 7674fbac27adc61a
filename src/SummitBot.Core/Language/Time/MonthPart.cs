namespace SummitBot.Language.Time;

/// <summary>Which part of a month a text names: all of it ("March"), or its first, middle or last ten days or so ("early", "mid-", "late March").</summary>
public enum MonthPart
{
    Whole,
    Early,
    Middle,
    Late,
}
