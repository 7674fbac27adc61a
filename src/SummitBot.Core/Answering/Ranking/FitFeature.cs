using SummitBot.Answering.Extraction;
using SummitBot.Answering.Questions;

namespace SummitBot.Answering.Ranking;

/// <summary>
/// One named check of how well a candidate fits what the question asks, beyond the extractor's own fit: 1 when it has
/// nothing against the candidate, less when it finds the candidate answers something else (another clause's date,
/// another owner's amount). <see cref="FitFeatures.All"/> lists them; their product is the candidate's type fit.
/// </summary>
internal sealed record FitFeature(string Name, Func<QuestionReading, AnswerCandidate, double> Fit);
