namespace SummitBot.Language.Reading;

/// <summary>What an <see cref="Annotation"/> of a sentence marks.</summary>
public enum AnnotationKind
{
    /// <summary>A person named, or referred to by a short name, a pronoun or a role ("Biegun", "he", "the envoy"); value: the person's full name.</summary>
    Person,

    /// <summary>An organisation; value: its name.</summary>
    Organization,

    /// <summary>A place; value: its name; detail: its <see cref="World.PlaceKind"/> and country.</summary>
    Place,

    /// <summary>An event noun with what qualifies it ("the second summit"); value: the noun; detail: its qualifiers, including those of the event it refers back to.</summary>
    Event,

    /// <summary>A title or role said of a person ("U.S. Special Representative for North Korea"); value: the person's full name.</summary>
    Title,

    /// <summary>A date or time; value: the calendar date or range it means, when it can be worked out; detail: the grain.</summary>
    Date,

    /// <summary>A length of time ("about 50 minutes"); value: the amount and unit.</summary>
    Duration,

    /// <summary>A number with what it counts or measures ("21 ballistic missile tests", "$5"); value: the number; detail: the unit or noun.</summary>
    Quantity,

    /// <summary>Words someone said, quoted or reported; value: the speaker; detail: "direct" or "reported".</summary>
    Quote,

    /// <summary>A reason clause ("because ...", "so that ..."); value: the word that introduces it.</summary>
    Reason,

    /// <summary>
    /// A time of day ("about 8:10 a.m. local time", "3 p.m."); value: the time written, on a 24-hour clock ("08:10");
    /// detail: the day the sentence gives it (yyyy-MM-dd), or empty.
    /// </summary>
    ClockTime,

    /// <summary>
    /// A person's age ("Kim Sang-duk, 58,", "the 58-year-old Kim"), only where the sentence ties it to that person; value:
    /// the person's key (as a <see cref="Title"/>'s), empty for the ages of people a noun names ("The men, aged 22 and
    /// 23,"); detail: the years.
    /// </summary>
    Age,

    /// <summary>
    /// A noun that goes on about a group of people the sentence before counted ("The men" after "two North Korean
    /// fishermen"); value: that group's words. Kept last: kinds are stored by number.
    /// </summary>
    Group,
}
