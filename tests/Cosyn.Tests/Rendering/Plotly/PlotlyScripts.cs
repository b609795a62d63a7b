namespace Cosyn.Tests.Rendering.Plotly;

/// <summary>Plotly scripts in the styles models write: go and px, shown, written, left in `fig`, or just built.</summary>
internal static class PlotlyScripts
{
    public const string GoBarShow = """
        import plotly.graph_objects as go

        quarters = ["Q1", "Q2", "Q3", "Q4"]
        revenue = [120, 135, 150, 170]
        fig = go.Figure(data=[go.Bar(x=quarters, y=revenue, marker_color="#1f77b4", text=revenue, textposition="auto")])
        fig.update_layout(title="Quarterly Revenue", xaxis_title="Quarter", yaxis_title="Revenue (kUSD)", template="plotly_white")
        fig.show()
        """;

    public const string PxLineWriteImage = """
        import pandas as pd
        import plotly.express as px

        df = pd.DataFrame({"month": ["Jan", "Feb", "Mar", "Apr"], "visitors": [1200, 1350, 980, 1600]})
        fig = px.line(df, x="month", y="visitors", markers=True, title="Monthly Visitors",
                      labels={"month": "Month", "visitors": "Visitors"})
        fig.write_image("/home/user/output/visitors.png", width=800, height=500, scale=2)
        """;

    public const string GoPieBareFig = """
        import plotly.graph_objects as go

        labels = ["Chrome", "Safari", "Firefox", "Edge"]
        shares = [64.7, 18.6, 3.0, 5.2]
        fig = go.Figure(go.Pie(labels=labels, values=shares, hole=0.4))
        fig.update_layout(title_text="Browser Market Share")
        """;

    public const string PxScatterNoShow = """
        import plotly.express as px

        chart = px.scatter(x=[150, 160, 170, 180], y=[50, 58, 66, 80], color=["F", "F", "M", "M"],
                           labels={"x": "Height (cm)", "y": "Weight (kg)", "color": "Sex"}, title="Height vs Weight")
        chart.update_traces(marker=dict(size=12))
        """;

    public const string GoTableWriteHtmlToImage = """
        import plotly.graph_objects as go

        def build():
            header = ["Element", "Symbol", "Atomic Number"]
            cells = [["Hydrogen", "Helium", "Lithium"], ["H", "He", "Li"], [1, 2, 3]]
            table = go.Figure(data=[go.Table(header=dict(values=header, fill_color="paleturquoise"),
                                             cells=dict(values=cells, fill_color="lavender"))])
            table.update_layout(title="First Three Elements")
            table.write_html("elements.html")
            png = table.to_image(format="png")
            with open("elements.png", "wb") as f:
                f.write(png)

        build()
        """;

    public const string NoFigure = "import plotly.graph_objects as go\ndata = [1, 2, 3]\nprint(sum(data))\n";

    public const string SyntaxError = "import plotly.express as px\nfig = px.bar(x=['a', 'b'], y=[1, 2]\nfig.show()\n";

    public const string BadProperty = "import plotly.graph_objects as go\nfig = go.Figure(go.Bar(x=[1], y=[2], colour='red'))\nfig.show()\n";
}
