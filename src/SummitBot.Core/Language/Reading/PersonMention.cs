namespace SummitBot.Language.Reading;

/// <summary>Where a person is named or referred to in a sentence (token range), and who it is.</summary>
internal sealed record PersonMention(ReadSentence Sentence, int Start, int End, ArticlePerson Person, bool IsReference);
