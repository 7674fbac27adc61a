namespace SummitBot.Language.Reading;

/// <summary>A sentence while its article is being read: its tokens, what has been found in it so far, and the words it refers back to.</summary>
internal sealed class ReadSentence(int paragraph, int index, int ordinal, string text)
{
    public int Paragraph { get; } = paragraph;

    /// <summary>Its number within its paragraph, from 0.</summary>
    public int Index { get; } = index;

    /// <summary>Its number within the article, from 0.</summary>
    public int Ordinal { get; } = ordinal;

    public string Text { get; } = text;

    public List<Token> Tokens { get; } = Tokenizer.Tokenize(text);

    public List<Annotation> Annotations { get; } = [];

    /// <summary>Words the sentence means without saying them: full names of people it calls "he" or "Kim", qualifiers of "the summit" it refers back to.</summary>
    public List<string> Context { get; } = [];

    /// <summary>Token indexes already read as part of a name, a date or a number.</summary>
    public HashSet<int> Taken { get; } = [];

    public Annotation Annotate(AnnotationKind kind, int firstToken, int endToken, string value, string detail = "")
    {
        var annotation = new Annotation(kind, Tokens[firstToken].Start, Tokens[endToken - 1].End, value, detail);
        Annotations.Add(annotation);
        return annotation;
    }

    public string Span(int firstToken, int endToken) => Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    public bool IsTaken(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Taken.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    public void Take(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            Taken.Add(i);
        }
    }
}
