namespace SummitBot.Answering.Extraction;

/// <summary>The one extractor for each kind of answer.</summary>
internal static class Extractors
{
    private static readonly Dictionary<AnswerType, IAnswerExtractor> ByType = new IAnswerExtractor[]
    {
        new PlaceExtractor(), new DateExtractor(), new ClockTimeExtractor(), new DurationExtractor(), new CountExtractor(), new AmountExtractor(), new PersonExtractor(), new OrganizationExtractor(),
        new TitleExtractor(), new AgeExtractor(), new SpeakerExtractor(), new QuoteExtractor(), new ReasonExtractor(), new WhatExtractor(),
    }.ToDictionary(e => e.Type);

    public static IAnswerExtractor For(AnswerType type) => ByType.GetValueOrDefault(type) ?? ByType[AnswerType.What];
}
