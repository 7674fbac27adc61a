using SummitBot.Language.Quantities;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Questions;

/// <summary>What a count or amount question asks: what is counted, in which unit, room for how many.</summary>
internal static partial class QuestionReader
{
    /// <summary>
    /// "How many people can the arena hold?", "how many can it seat?", "what is its capacity?": room for how many, asked
    /// with "can" or "could" and a verb of having room, or by the noun.
    /// </summary>
    private static bool AsksCapacity(List<string> words) =>
        words.Contains("capacity")
        || (words.Any(w => w is "can" or "could") && words.Any(w => w is "hold" or "seat" or "accommodate" or "house" or "fit"));

    /// <summary>"How many km ...", "how many barrels ...": the unit the question asks the amount in, or null.</summary>
    private static string? UnitAsked(List<string> words)
    {
        var many = words.IndexOf("many");
        return many > 0 && words[many - 1] == "how" && many + 1 < words.Count && QuantityReader.IsUnit(words[many + 1]) ? words[many + 1] : null;
    }

    /// <summary>
    /// "North Korean athletes", "Swedish ships": the analyzed words of each name or capitalized word that qualifies the
    /// noun counted (analyzed once here, not for each count a sentence has).
    /// </summary>
    private static List<IReadOnlyList<string>> CountQualifiers(List<QuestionTerm> terms, List<string> counted, AnsweringModel model)
    {
        var qualifiers = new List<IReadOnlyList<string>>();
        if (counted.Count < 2)
        {
            return qualifiers;
        }

        var analyzer = model.Snapshot.Analyzer;
        foreach (var term in terms)
        {
            if ((term.Role == TermRole.Name || char.IsUpper(term.Word[0])) && analyzer.Terms(term.Word) is { Count: > 0 } stems && stems.Contains(counted[0]) && !stems.Contains(counted[^1]))
            {
                // "African countries" is also qualified by "countries in Africa": a demonym's place counts as the word.
                qualifiers.Add([.. term.Word.Split(' ').SelectMany(analyzer.Terms), .. DemonymPlaces(term.Word, model)]);
            }
        }

        return qualifiers;
    }

    /// <summary>
    /// "How much did each Chinese tourist pay?": a nationality right before a noun of people in the question says whose
    /// amount is asked (not "US troops", a unit, nor "Singapore dollars"); the analyzed words of each (with its
    /// country's), one of which a sentence giving the amount must have ("Tourists from abroad paid about 1,200 euros"
    /// gives other tourists' price).
    /// </summary>
    private static List<IReadOnlyList<string>> PayerQualifiers(List<Language.Token> tokens, AnsweringModel model)
    {
        var qualifiers = new List<IReadOnlyList<string>>();
        var analyzer = model.Snapshot.Analyzer;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalized && !tokens[i].IsAcronym && IsDemonym(tokens[i].Text) && tokens[i + 1].IsWord && !tokens[i + 1].IsCapitalized
                && Language.Relations.PersonNouns.Is(tokens[i + 1].Text) && analyzer.Terms(tokens[i].Text) is { Count: > 0 } stems)
            {
                qualifiers.Add([.. stems, .. DemonymPlaces(tokens[i].Text, model)]);
            }
        }

        return qualifiers;
    }

    /// <summary>"How many months ...": the unit of time asked (singular), or null.</summary>
    private static string? TimeUnitAsked(List<string> words)
    {
        var many = words.IndexOf("many");
        return many > 0 && words[many - 1] == "how" && many + 1 < words.Count && TimeUnits.FirstOrDefault(u => words[many + 1] == u + "s") is { } unit ? unit : null;
    }

    /// <summary>"How many ballistic missile tests did ...": what is counted, up to the verb.</summary>
    private static List<string> Counted(List<string> words, AnsweringModel model)
    {
        // "How often ...?" counts times.
        if (words.Contains("often"))
        {
            return model.Snapshot.Analyzer.Terms("times");
        }

        var many = words.IndexOf("many");

        // "How large is the community?": a body of people's size counts its people (GroupSizeAsked).
        if (many < 0 && GroupSizeAsked.Asks(words))
        {
            return model.Snapshot.Analyzer.Terms(GroupSizeAsked.CountedNoun);
        }

        var at = many >= 0 ? many + 1 : words.IndexOf("of") + 1;

        // "How many of the Americans ...?": part of them, counted as they are.
        if (many >= 0 && at + 1 < words.Count && words[at] == "of")
        {
            at += words[at + 1] == "the" ? 2 : 1;
        }

        // Up to the verb: "how many troops remain ..." counts troops.
        var counted = words.Skip(at).TakeWhile((w, k) => !QuestionWords.Asking.Contains(w) && !CommonWords.IsFunctionWord(w) && !(k > 0 && VerbForms.FollowsPlural(words[at + k - 1], w))).Take(4);
        return model.Snapshot.Analyzer.Terms(string.Join(' ', counted));
    }
}
