namespace Cosyn.Families.Screens;

/// <summary>The topic stage's choices for a screen: its kind, the content domain and the app's name.</summary>
public sealed record ScreenPlan(string Kind, string DomainKey, string App);
