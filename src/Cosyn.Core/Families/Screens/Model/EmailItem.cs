using Cosyn.Catalog;
using Cosyn.Families.Screens.Writers.Html;

namespace Cosyn.Families.Screens.Model;

public sealed record EmailItem(string Sender, string Subject, string Time, bool Unread, bool Starred, string? Label);
