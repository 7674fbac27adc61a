using SummitBot.Answering.Questions;
using SummitBot.Answering.Retrieval;
using SummitBot.Language.Reading;

namespace SummitBot.Answering.Extraction;

/// <summary>Amounts with a unit or a currency: "$2.5 billion", "930,000 tonnes", "4,000 kilometres", "5 percent".</summary>
internal sealed class AmountExtractor : IAnswerExtractor
{
    public AnswerType Type => AnswerType.Amount;

    /// <summary>"How much coal ...", "how much oil ...": a quantity of a thing, which money does not measure (unlike "how much did it cost").</summary>
    private static bool AsksQuantityOfThing(string question)
    {
        var words = question.ToLowerInvariant().Split([' ', '?', ','], StringSplitOptions.RemoveEmptyEntries);
        var much = Array.IndexOf(words, "much");
        return much >= 0 && much + 1 < words.Length && words[much + 1] is not ("did" or "does" or "do" or "is" or "was" or "will" or "has" or "have" or "money" or "cash" or "aid" or "funding")
            && !words.Any(w => w is "cost" or "costs" or "spend" or "spent" or "pay" or "paid" or "worth" or "earn" or "earned" or "price" or "dollars" or "budget" or "money");
    }

    public IEnumerable<AnswerCandidate> Extract(QuestionReading question, Passage passage)
    {
        var distance = question.Text.Contains("far", StringComparison.OrdinalIgnoreCase) || question.Text.Contains("distance", StringComparison.OrdinalIgnoreCase);
        var ofThing = AsksQuantityOfThing(question.Text);
        foreach (var quantity in passage.Of(AnnotationKind.Quantity))
        {
            var money = quantity.Detail.StartsWith("money:", StringComparison.Ordinal);
            var unit = quantity.Detail.StartsWith("unit:", StringComparison.Ordinal);
            if (!money && !unit)
            {
                continue;
            }

            var words = quantity.TextIn(passage.Text);
            if (Spans.RepeatsQuestion(words, question, passage.Analyze))
            {
                continue;
            }

            var length = unit && quantity.Detail.Contains("kilomet", StringComparison.Ordinal) || quantity.Detail.Contains("mile", StringComparison.Ordinal);
            var fit = distance ? (length ? 1.0 : 0.3) : money ? (ofThing ? 0.3 : 1.0) : 0.9;
            yield return new AnswerCandidate(passage, Type, words, quantity.Start, quantity.End, fit) { Note = $"amount {quantity.Value} ({quantity.Detail})" };
        }
    }
}
