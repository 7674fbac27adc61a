using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Words;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// Where a passage has one word of the question: in the sentence itself (by its stem, a form, a related word), in what
/// the sentence refers back to, in the sentence before or beside it, or in the article's setting; an ordinal only where
/// it qualifies an event or the noun it qualifies in the question.
/// </summary>
internal static class TermMatch
{
    /// <summary>Whether the sentence has the question's number right after the name word it belongs to ("Sam Jong 2", "Hwasong-12").</summary>
    public static bool NumberBesideName(QuestionTerm term, string name, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;
        var nameStems = passage.Analyze(name);
        return nameStems.Count > 0 && Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i].Text == term.Word
            && (stems[i - 1].Contains(nameStems[0]) || (i > 1 && tokens[i - 1].Text == "-" && stems[i - 2].Contains(nameStems[0]))));
    }

    public static (double Match, MatchedIn Where) Match(QuestionTerm term, Passage passage, QuestionReading question)
    {
        var asked = question.Type;
        if ((passage.Words.Contains(term.Stem) || term.Forms.Any(passage.Words.Contains)) && !FiledFrom(question, term, term.Stem, passage))
        {
            return (1, MatchedIn.Sentence);
        }

        if (passage.Context.Contains(term.Stem))
        {
            return (RankingWeights.InContext, MatchedIn.Context);
        }

        // "took the step because ..." after a sentence telling the deed: its words are the sentence's by reference.
        if (DeedReferredBack.Tells(question, term, passage))
        {
            return (RankingWeights.InContext, MatchedIn.Context);
        }

        if (passage.Near.Contains(term.Stem))
        {
            // "The meeting lasted about 90 minutes", after a sentence telling of the meeting: a sentence that opens on
            // "the" and an event noun goes on about the event told just before, whose names are its own.
            return OpensOnEventBefore(passage) ? (RankingWeights.InContext, MatchedIn.Context) : (RankingWeights.InNear, MatchedIn.Near);
        }

        // "It was towed into port" after a sentence naming the barge: the thing's name is the sentence's by reference.
        if (ThingReferredBack.Names(term, passage))
        {
            return (RankingWeights.InContext, MatchedIn.Context);
        }

        // "The Navy seized a tanker ..." then "The tanker, the Sea Lark, ...": the name the next sentence gives the thing.
        if (ThingNamedAfter.Names(term, passage))
        {
            return (RankingWeights.InContext, MatchedIn.Context);
        }

        // "The journey took 60 hours" after a sentence about the train: the sentence goes on about what the one before said.
        if (term.Role is TermRole.Content or TermRole.Event && passage.Before.Contains(term.Stem) && !WordOfOtherPersonBefore.Tells(term, passage))
        {
            return (RankingWeights.InBefore, MatchedIn.Near);
        }

        foreach (var related in term.Related)
        {
            if (passage.Words.Contains(related) && term.Matches(related) && !FiledFrom(question, term, related, passage))
            {
                return (RankingWeights.ByRelated, MatchedIn.Sentence);
            }
        }

        // "When did Bolton speak?" of "Bolton said on Sunday ...": a news report tells when or where someone spoke by its
        // verb of saying (not how long, nor who "speaks for" an office).
        if (term.Role == TermRole.Content && asked is AnswerType.Date or AnswerType.Place && SpeechVerbs.IsSpeaking(term.Word) && passage.Analysis.Tokens.Any(t => SpeechVerbs.IsSpeechVerb(t.Text)))
        {
            return (1, MatchedIn.Sentence);
        }

        // "Why did analysts think ...?" of "Analysts said ...": a verb of saying or thinking is matched by any verb of saying.
        // A verb of replying ("write back") is no such frame: only its own and related words tell it.
        if (term.Role == TermRole.Content && !term.Replying && SpeechVerbs.IsAttribution(term.Word) && passage.Analysis.Tokens.Any(t => SpeechVerbs.IsSpeechVerb(t.Text)))
        {
            return (RankingWeights.ByRelated, MatchedIn.Sentence);
        }

        // "Why did the crew think the hull had been at sea for years?" of "The hull was rusted through, suggesting it
        // had been ...": a verb of believing is matched by a word of inference after a comma.
        if (term.Role == TermRole.Content && InferenceWords.IsBelieving(term.Word) && EvidenceGiven(passage))
        {
            return (RankingWeights.ByRelated, MatchedIn.Sentence);
        }

        // "What was the concert called?" of 'The concert, titled "Spring Is Coming"': any word of labelling or titling.
        if (Extraction.Labels.AsksLabel(term) && passage.Analysis.Tokens.Any(t => Extraction.Labels.IsLabelling(t.Text)))
        {
            return (RankingWeights.ByRelated, MatchedIn.Sentence);
        }

        // "in Hanoi" said of an article about Hanoi whose sentence does not repeat it.
        if (term.Role == TermRole.Name && passage.Article.Contains(term.Stem))
        {
            return (RankingWeights.InArticle, MatchedIn.Article);
        }

        foreach (var related in term.Related)
        {
            if ((passage.Context.Contains(related) || passage.Near.Contains(related)) && term.Matches(related))
            {
                return (RankingWeights.ByRelated * RankingWeights.InNear, MatchedIn.Near);
            }
        }

        return (0, MatchedIn.Nowhere);
    }

    /// <summary>
    /// "Did the storm reach Latvia?" of "RIGA (Agency) - The storm flooded ... in Lithuania": a name of the question (or
    /// the capital standing for its country) that the sentence has only in its dateline is where the story was filed,
    /// not where or by whom the thing told was done; it counts as the article's setting at most, unless the question asks
    /// it as where the deed was done and the sentence sets the deed in no other country (<see cref="DatelineSetting"/>).
    /// </summary>
    private static bool FiledFrom(QuestionReading question, QuestionTerm term, string stem, Passage passage) =>
        term.Role == TermRole.Name && passage.OnlyInDateline(stem) && !DatelineSetting.Counts(question, term, passage);

    /// <summary>", suggesting ...", ", indicating ...": the sentence gives evidence for what follows.</summary>
    private static bool EvidenceGiven(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        return Enumerable.Range(1, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i - 1].Text == "," && InferenceWords.IsEvidenceParticiple(tokens[i].Text));
    }

    private static bool OpensOnEventBefore(Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        return tokens.Count > 2 && tokens[0].Text == "The" && EventWords.IsEventNoun(tokens[1].Text) && !tokens[2].IsCapitalized && tokens[2].IsWord;
    }

    /// <summary>How many words before an ordinal standing alone ("since the first,") its noun may be.</summary>
    private const int OrdinalNounReach = 8;

    /// <summary>
    /// "since the first, in October 2006": an ordinal after "the" (or "its", "their") with no noun of its own
    /// (punctuation follows). Not "the first in the capital": a first of a narrower kind than the noun before it.
    /// </summary>
    private static bool StandsAlone(List<Language.Token> tokens, int i) =>
        i > 0 && (i + 1 == tokens.Count || !tokens[i + 1].IsWord
            || (tokens[i - 1].Text.ToLowerInvariant() is "its" or "their" or "his" or "her" && WithinSpan(tokens, i + 1)))
        && tokens[i - 1].Text.ToLowerInvariant() is "the" or "its" or "their" or "his" or "her";

    /// <summary>Words of a length of time that may follow an ordinal standing alone ("its third in just over a week").</summary>
    private static readonly HashSet<string> SpanUnits = new(StringComparer.OrdinalIgnoreCase) { "day", "days", "week", "weeks", "month", "months", "year", "years" };

    /// <summary>
    /// "its third in just over a week", "their second this year": after a possessive, an ordinal followed by a span of
    /// time counts the noun before it, as one followed by punctuation does. "its first in the capital" is a first of a
    /// narrower kind, and not this.
    /// </summary>
    private static bool WithinSpan(List<Language.Token> tokens, int at) =>
        at < tokens.Count && tokens[at].Text.ToLowerInvariant() is "in" or "this" or "within"
        && tokens.Skip(at + 1).Take(4).TakeWhile(t => t.IsWord).Any(t => SpanUnits.Contains(t.Text));

    /// <summary>"the second summit": the ordinal must qualify an event (or the same noun) in the sentence, in what it refers back to, or in the sentence before.</summary>
    /// <summary>
    /// "the prize money for third place": the word right after the ordinal in the question, which no term keeps (a
    /// frame word, "place", "time"), as analyzed; the same word right after it in the sentence is what it orders there.
    /// </summary>
    private static List<string> OwnNoun(QuestionTerm ordinal, QuestionReading question, Passage passage)
    {
        var words = Language.Tokenizer.LowerWords(question.Text);
        var at = words.IndexOf(ordinal.Word.ToLowerInvariant());
        // A word a term keeps is matched as that term (a name "the first ICBM" skips is skipped here too).
        return at < 0 || at + 1 >= words.Count || CommonWords.IsFunctionWord(words[at + 1]) || CommonWords.IsPreposition(words[at + 1])
            || question.Terms.Any(t => t.Word.Equals(words[at + 1], StringComparison.OrdinalIgnoreCase))
            ? [] : passage.Analyze(words[at + 1]);
    }

    public static (double Match, MatchedIn Where) OrdinalMatch(QuestionTerm ordinal, QuestionReading question, Passage passage)
    {
        var tokens = passage.Analysis.Tokens;
        var stems = passage.Analysis.TokenStems;

        // The noun the ordinal qualifies in the question ("the first North Korean leader"): the same noun in the sentence.
        var terms = question.Terms.ToList();
        var qualified = terms.Skip(terms.IndexOf(ordinal) + 1).FirstOrDefault(t => t.Role != TermRole.Name);
        qualified = qualified?.Role is TermRole.Content or TermRole.Event ? qualified : null;
        var own = OwnNoun(ordinal, question, passage);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (stems[i].Contains(ordinal.Stem))
            {
                // "all six of its nuclear tests since the first, in October 2006": an ordinal standing alone as a noun
                // counts the noun named just before it.
                var (from, to) = StandsAlone(tokens, i) ? (Math.Max(0, i - OrdinalNounReach), i) : (i + 1, Math.Min(tokens.Count, i + 5));
                for (var k = from; k < to; k++)
                {
                    if (EventWords.IsEventNoun(tokens[k].Text) || question.Terms.Any(t => t.Role == TermRole.Event && stems[k].Contains(t.Stem))
                        || (qualified is not null && stems[k].Contains(qualified.Stem)) || (k == i + 1 && own.Any(stems[k].Contains)))
                    {
                        return (1, MatchedIn.Sentence);
                    }
                }
            }
        }

        if (passage.Context.Contains(ordinal.Stem))
        {
            return (RankingWeights.InContext, MatchedIn.Context);
        }

        return passage.Near.Contains(ordinal.Stem) ? (RankingWeights.InNear, MatchedIn.Near) : (0, MatchedIn.Nowhere);
    }
}
