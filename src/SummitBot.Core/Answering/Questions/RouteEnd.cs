namespace SummitBot.Answering.Questions;

/// <summary>Which end of a journey, tour or route a "where" question asks for ("where did the tour begin/end?").</summary>
internal enum RouteEnd
{
    /// <summary>"Where did it begin/start?": where it set out from.</summary>
    Start,

    /// <summary>"Where did it end/finish?": where it got to.</summary>
    End,

    /// <summary>"Where did it start and finish?": both ends asked at once; only a place said to be both answers.</summary>
    Both,
}
