using System.Text;

namespace SummitBot.Answering;

/// <summary>
/// The plain-text form of an answer: the answer sentence, then each cited passage under its number with the
/// source's title and link, then suggestions. Plain text because every channel and the console show it as is.
/// </summary>
public static class AnswerText
{
    public static string Format(Answer answer)
    {
        var text = new StringBuilder(answer.Text);
        if (answer.Citations.Count > 0)
        {
            text.Append("\n\nSources:");
            foreach (var citation in answer.Citations)
            {
                text.Append("\n[").Append(citation.Position).Append("] ").Append(citation.SourceTitle);
                if (citation.Url is not null)
                {
                    text.Append(" (").Append(citation.Url).Append(')');
                }

                text.Append(": \u201C").Append(citation.Passage).Append('\u201D');
            }
        }

        if (answer.Suggestions.Count > 0)
        {
            text.Append(answer.Kind == AnswerKind.Declined ? "\n\nYou could ask:" : "\n\nFor example:");
            foreach (var suggestion in answer.Suggestions)
            {
                text.Append("\n- ").Append(suggestion);
            }
        }

        return text.ToString();
    }
}
