using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>
/// Counts: a number read from the sentence with what it counts ("21 ballistic missile tests"), fitting best when it
/// counts what the question asks about ("how many ballistic missile tests").
/// </summary>
internal sealed class CountExtractor : IAnswerExtractor
{
    /// <summary>What a noun related to the counted one is worth, as a related word is in ranking's coverage.</summary>
    private const double RelatedShare = 0.7;

    public AnswerType Type => AnswerType.Number;

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        foreach (var quantity in passage.Of(AnnotationKind.Quantity).Where(q => q.Detail.StartsWith("count:", StringComparison.Ordinal) || q.Detail.StartsWith("ordinal:", StringComparison.Ordinal)))
        {
            var ordinal = quantity.Detail.StartsWith("ordinal:", StringComparison.Ordinal);
            if (question.Terms.Any(t => t.Role == Questions.TermRole.Number && t.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) == quantity.Value))
            {
                continue;
            }

            if (!ordinal && CountsSources(passage.Text, quantity) && !question.Terms.Any(t => Language.Words.SpeechVerbs.IsAttribution(t.Word)))
            {
                // "..., according to three riders who waited outside", "two officials said": the count is of those
                // who told it, not of anything the sentence reports; it answers only a question about their saying.
                continue;
            }

            var noun = quantity.Detail[(quantity.Detail.IndexOf(':', StringComparison.Ordinal) + 1)..];
            var elided = !ordinal && noun.Length == 0 ? ElidedNoun(passage, quantity) : null;
            var counted = passage.Analyze(elided ?? noun);
            var said = CountedAs.Words(passage.Text, EndOfCounted(passage.Text, quantity));
            if (said is { Length: > 0 })
            {
                // "60,000 South Koreans registered as separated family members": the same things, said as what they are.
                counted = [.. counted, .. passage.Analyze(said)];
            }
            var nouns = said is { Length: > 0 } ? [noun, said] : new[] { elided ?? noun };
            var share = question.AsksCapacity && !ordinal && SaysCapacity(quantity, passage) ? 1.0 : Share(question, counted, nouns, passage);
            if (ordinal && (question.Counted.Count == 0 || share == 0))
            {
                // An ordinal counts only what the question counts ("the 11th launch" for "how many launches").
                continue;
            }

            var fit = question.Counted.Count == 0 ? 0.7
                : counted.Count == 0 ? 0.4
                : share > 0 ? 0.6 + (0.4 * share) : 0.05;
            var groupSize = !ordinal && question.AsksGroupSize && SizeOfGroup(passage.Text, quantity.Start);
            var bare = groupSize && !NamesPeople(noun);
            if (groupSize)
            {
                // "A crowd of 6,420 watched ...", asked how big the crowd was: the number after the group's noun and
                // "of" is its size, before any part of it the sentence counts after ("including about 500 supporters").
                // A word after it that names no people ("watched", read as what is counted) is not part of the answer.
                fit = 1.0;
            }

            if (AsksPart(question))
            {
                // "How many of them ...?" asks part of what was counted: "around 200 of them", not the whole. The part
                // fits whatever the sentence calls the whole ("Of those ships, 18 ..." for "how many of the vessels").
                fit = IsPart(passage, quantity) ? Math.Max(fit, 0.7) : fit * 0.5;
            }

            if (question.PartAsked.Count > 0 && !ordinal && elided is null && PartCounted(question, passage, counted))
            {
                // "How many of the crew were Dutch?" of "a crew of 40, 31 Dutch sailors and nine from Norway": the count
                // whose own noun says the part asked, of the whole the sentence names.
                fit = 1.0;
            }

            if (QualifierMissing(question, passage))
            {
                // "How many North Korean athletes ...?" is not answered by "About 2,900 athletes will compete": the
                // sentence counts athletes of every country.
                fit *= 0.5;
            }

            if (RestrictionMissing.Is(question, passage))
            {
                // "How many foreigners ran the full race?" is not answered by the foreigners who ran "the race": the
                // sentence counts them over every distance.
                fit *= 0.5;
            }

            var end = bare ? quantity.End : EndOfCounted(passage.Text, quantity);
            if (question.Group is { } group)
            {
                // "seven from the South and five from the North", asked how many from the south: the group's own count.
                fit = GroupOf(passage, end, group) switch
                {
                    true => 1.0,
                    false => fit * OtherGroup,
                    null => fit,
                };
            }

            var note = elided is null ? $"count {quantity.Value} ({quantity.Detail})" : $"count {quantity.Value} ({quantity.Detail}; {elided} elided)";
            yield return new AnswerCandidate(passage, Type, passage.Text[quantity.Start..end], quantity.Start, end, ordinal ? fit * 0.8 : fit) { Note = note };
        }
    }

    /// <summary>
    /// "Berg made nine rescues, and Dahl added four.": a bare number that ends its clause (before a stop, a comma or a
    /// preposition other than "of") counts what the sentence counted last before it, whose noun the writer left out
    /// rather than say it twice. Only a count in the same sentence before it, with a noun of its own.
    /// </summary>
    private static string? ElidedNoun(Passage passage, Annotation quantity)
    {
        var tokens = passage.Analysis.Tokens;
        var next = tokens.FindIndex(t => t.Start >= quantity.End);
        if (next >= 0 && !(tokens[next].Text is "." or "," or ";"
            || (tokens[next].IsWord && Language.Words.CommonWords.IsPreposition(tokens[next].Text) && !tokens[next].Text.Equals("of", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }

        var before = passage.Of(AnnotationKind.Quantity)
            .Where(q => q.End <= quantity.Start && q.Detail.StartsWith("count:", StringComparison.Ordinal) && q.Detail.Length > "count:".Length)
            .OrderBy(q => q.Start).LastOrDefault();
        return before.Detail is { Length: > 0 } detail ? detail["count:".Length..] : null;
    }

    /// <summary>
    /// Whether a count is of the sources of an attribution: right after "according to" ("according to three riders
    /// who waited outside"), or its counted words followed at once by a verb of saying ("three officials said",
    /// "two diplomats told reporters").
    /// </summary>
    private static bool CountsSources(string text, Annotation quantity)
    {
        if (text[..quantity.Start].TrimEnd().EndsWith("according to", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Only a verb that reports a saying whatever its object (not "50 residents asked to leave").
        var after = text[EndOfCounted(text, quantity)..].TrimStart();
        return Language.Words.SpeechVerbs.IsPlainSaying(after.Split(' ', 2)[0].TrimEnd(',', '.', ';'));
    }

    /// <summary>"a crowd of 6,420", "a delegation of 12": the number right after a body of people's noun and "of".</summary>
    private static bool SizeOfGroup(string text, int start)
    {
        var before = text[..start].TrimEnd();
        if (!before.EndsWith(" of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = before[..^3].TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && Language.Words.PeopleGroupWords.Is(words[^1]);
    }

    /// <summary>Whether a counted noun names people ("6,420 fans", "12 people"), its last word a person's noun or "people".</summary>
    private static bool NamesPeople(string noun)
    {
        var head = noun.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return head is not null && (Language.Words.PeopleWords.Is(head) || Language.Relations.PersonNouns.Is(head));
    }

    /// <summary>What a count of another group than the one asked keeps of its fit ("five from the North", asked from the south).</summary>
    private const double OtherGroup = 0.5;

    /// <summary>
    /// Whether the count that ends at <paramref name="end"/> is of the group asked: followed by its preposition and the
    /// group's word ("seven from the South") true, by the preposition and another word ("five from the North") false,
    /// by neither null.
    /// </summary>
    private static bool? GroupOf(Passage passage, int end, CountGroup group)
    {
        var tokens = passage.Analysis.Tokens;
        var k = 0;
        while (k < tokens.Count && tokens[k].Start < end)
        {
            k++;
        }

        if (k + 1 >= tokens.Count || !tokens[k].Text.Equals(group.Preposition, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var noun = tokens[k + 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase) && k + 2 < tokens.Count ? k + 2 : k + 1;
        return passage.Analysis.TokenStems[noun].Any(group.Stems.Contains);
    }

    /// <summary>
    /// How much of what the question counts the sentence's counted noun is, nothing when it shares only a name or
    /// nationality that qualifies the noun asked (<see cref="Qualifies"/>). A word related to the question's counts for
    /// less: the synonym groups list some inflections only, so "launch" in a sentence reads as its group's word while
    /// "launches" in the question stays itself, and the same noun would otherwise not count at all.
    /// </summary>
    private static double Share(QuestionReading question, List<string> counted, string[] nouns, Passage passage)
    {
        if (question.Counted.Count == 0)
        {
            return 0;
        }

        var shares = question.Counted.Select(stem => counted.Contains(stem) ? 1.0
            : question.Terms.Any(t => t.Stem == stem && t.Related.Any(counted.Contains) && !Language.Relations.ThingOfPeople.CountsThingsOf(t.Word, nouns)) || HeadOfCompound(stem, counted, passage)
                || PeopleOfAKind(question, stem, passage, counted) ? RelatedShare : 0).ToList();

        // "How many North Korean coaches ...?" and "about 20 North Korean skiers": the name before the noun says whose,
        // the noun what they are; a count sharing only the name counts other things.
        var matched = question.Counted.Where((_, k) => shares[k] > 0).ToList();
        var onlyQualifier = matched.Count > 0 && matched.Count < question.Counted.Count && matched.All(stem => Qualifies(question, stem));
        return onlyQualifier ? 0 : shares.Sum() / question.Counted.Count;
    }

    /// <summary>
    /// Whether a counted word of the question only says whose the things are: a name or capitalized word before the noun
    /// (<see cref="QuestionReading.CountQualifiers"/>) or a nationality, however it is written ("north korean").
    /// </summary>
    private static bool Qualifies(QuestionReading question, string stem) =>
        question.Terms.Any(t => t.Stem == stem && (question.CountQualifiers.Any(q => q.Contains(stem)) || Questions.PlaceOfDemonym.Of(t.Word).Any()) && BeforeNoun(question, t.Word));

    /// <summary>
    /// Whether the question's word right after <paramref name="word"/> is a plural noun: "north korean coaches" qualifies the
    /// coaches, while in "how many Chinese went ..." the nationality is itself what is counted.
    /// </summary>
    private static bool BeforeNoun(QuestionReading question, string word)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        var last = word.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
        var at = words.IndexOf(last);
        if (at < 0 || at + 1 >= words.Count)
        {
            return false;
        }

        // A plural noun ("coaches", not "went", whose base form "go" is also a noun) or a noun of people ("children").
        var next = words[at + 1];
        return (next.Length > 3 && next.EndsWith('s') && Language.Relations.WordRelations.Default.IsNounForm(next)) || NamesPeople(next);
    }

    /// <summary>
    /// "How many people did he bring?" and "with a team of 18 doctors and officials": people of a kind are people, and so
    /// are the members of a body of people counted by a number ("about 200 personnel", <see cref="Language.Words.PeopleWords.IsCollective"/>).
    /// The counted noun's own word is read from the sentence (<see cref="Language.Relations.PersonNouns"/>).
    /// </summary>
    private static bool PeopleOfAKind(QuestionReading question, string stem, Passage passage, List<string> counted)
    {
        // The word may be the question's own ("how many people") or stand for the size of a body of people asked
        // ("how large is the community?", GroupSizeAsked), which has no term "people".
        if (!question.Terms.Any(t => t.Stem == stem && Language.Words.PeopleWords.Is(t.Word)) && !(question.AsksGroupSize && passage.Analyze(Questions.GroupSizeAsked.CountedNoun).Contains(stem)))
        {
            return false;
        }

        return passage.Analysis.Tokens.Select((t, i) => (t, i)).Any(p => p.t.IsWord && !p.t.IsCapitalized && passage.Analysis.TokenStems[p.i].Any(counted.Contains)
            && (Language.Relations.PersonNouns.Is(p.t.Text) || Language.Words.PeopleWords.IsCollective(p.t.Text)));
    }

    /// <summary>
    /// "How many cyberattacks ...?" and "35 reported attacks" after a sentence about cyberattacks: the sentence counts the
    /// head of the compound asked, and the compound itself stands right before it or in what it refers back to, so
    /// they are the same things.
    /// </summary>
    private static bool HeadOfCompound(string stem, List<string> counted, Passage passage) =>
        (passage.Near.Contains(stem) || passage.Context.Contains(stem) || passage.Before.Contains(stem))
        && counted.Any(head => head.Length >= 4 && stem.Length >= head.Length + 3 && stem.EndsWith(head, StringComparison.Ordinal));

    /// <summary>
    /// A name or a capitalized word before the noun the question counts ("North Korean athletes", "Swedish ships") of
    /// which the sentence has no word ("from the North" still has one). The qualifiers are read once with the question.
    /// </summary>
    private static bool QualifierMissing(QuestionReading question, Passage passage) =>
        question.CountQualifiers.Any(stems => !stems.Any(passage.Words.Contains));

    /// <summary>
    /// Whether a count's own words have every word of the part asked ("31 Dutch sailors" for "were Dutch"), and the
    /// sentence names the whole asked (<see cref="QuestionReading.Counted"/>).
    /// </summary>
    private static bool PartCounted(QuestionReading question, Passage passage, List<string> counted) =>
        question.PartAsked.All(counted.Contains) && question.Counted.Count > 0 && question.Counted.All(passage.Words.Contains);

    /// <summary>"How many of them ...?", "how many of the boxes ...?": part of something counted.</summary>
    private static bool AsksPart(QuestionReading question) => question.Text.Contains("how many of ", StringComparison.OrdinalIgnoreCase);

    /// <summary>"around 200 of them", "five of the 11 resolutions", "Of those ships, 18 ...": a count of part of something.</summary>
    private static bool IsPart(Passage passage, Annotation quantity)
    {
        if (passage.Text.AsSpan(quantity.End).TrimStart().StartsWith("of ", StringComparison.Ordinal))
        {
            return true;
        }

        var tokens = passage.Analysis.Tokens;
        var at = tokens.FindIndex(t => t.Start >= quantity.Start);
        return at >= 0 && Language.Quantities.QuantityReader.FrontedWhole(tokens, at) is not null;
    }

    /// <summary>Nouns whose count says how many a place has room for: "a 40,000-seat stadium", "1,200 beds".</summary>
    private static readonly HashSet<string> RoomFor = new(StringComparer.OrdinalIgnoreCase) { "seat", "seats", "seater", "bed", "beds" };

    /// <summary>"a 40,000-seat stadium", "a capacity of 40,000": a count of seats or beds, or one said to be a capacity.</summary>
    internal static bool SaysCapacity(Annotation quantity, Passage passage)
    {
        var noun = quantity.Detail[(quantity.Detail.IndexOf(':', StringComparison.Ordinal) + 1)..];
        if (RoomFor.Contains(noun))
        {
            return true;
        }

        var before = passage.Text[..quantity.Start].TrimEnd().ToLowerInvariant();
        return noun.Length == 0 && (before.EndsWith("capacity of", StringComparison.Ordinal) || before.EndsWith("capacity", StringComparison.Ordinal));
    }

    /// <summary>The number with the words it counts ("21 ballistic missile tests"), as the sentence writes them.</summary>
    internal static int EndOfCounted(string text, Annotation quantity)
    {
        var colon = quantity.Detail.IndexOf(':', StringComparison.Ordinal);
        var noun = colon >= 0 ? quantity.Detail[(colon + 1)..] : string.Empty;
        if (noun.Length == 0)
        {
            return quantity.End;
        }

        var at = text.IndexOf(noun, quantity.End, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && at - quantity.End <= 2 ? at + noun.Length : quantity.End;
    }
}
