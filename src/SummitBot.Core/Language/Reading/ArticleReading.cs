namespace SummitBot.Language.Reading;

/// <summary>An article as read at index time: its sentences with what was found in them, and the people it names with their titles.</summary>
public sealed record ArticleReading(IReadOnlyList<SentenceReading> Sentences, IReadOnlyList<ArticlePerson> People);
