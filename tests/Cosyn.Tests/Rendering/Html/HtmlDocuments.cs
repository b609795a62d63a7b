namespace Cosyn.Tests.Rendering.Html;

/// <summary>HTML documents of the kinds the HTML pipelines generate.</summary>
internal static class HtmlDocuments
{
    public const string Receipt = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><style>
        body { font-family: 'DejaVu Sans Mono', monospace; width: 320px; margin: 20px auto; }
        h1 { font-size: 20px; text-align: center; } .row { display: flex; justify-content: space-between; }
        .total { border-top: 1px dashed #000; font-weight: bold; margin-top: 8px; padding-top: 4px; }
        </style></head><body>
        <h1>Corner Bakery</h1><p style="text-align:center">12 Mill Street - 2024-05-03 08:14</p>
        <div class="row"><span>Sourdough loaf</span><span>6.50</span></div>
        <div class="row"><span>Croissant x2</span><span>4.40</span></div>
        <div class="row"><span>Espresso</span><span>1.50</span></div>
        <div class="row total"><span>TOTAL</span><span>12.40</span></div>
        </body></html>
        """;

    public const string NutritionLabel = """
        <!DOCTYPE html><html><head><style>
        .label { border: 2px solid black; width: 280px; padding: 6px; font-family: 'Liberation Sans', Arial, sans-serif; }
        h1 { margin: 0; font-size: 32px; } table { width: 100%; border-collapse: collapse; }
        td { border-top: 1px solid #000; padding: 2px 0; } .r { text-align: right; }
        </style></head><body><div class="label"><h1>Nutrition Facts</h1><p>Serving size 1 cup (228g)</p>
        <table><tr><td><b>Calories</b></td><td class="r"><b>250</b></td></tr>
        <tr><td>Total Fat 12g</td><td class="r">18%</td></tr>
        <tr><td>Sodium 230mg</td><td class="r">10%</td></tr>
        <tr><td>Protein 5g</td><td class="r"></td></tr></table></div></body></html>
        """;

    public const string SvgBarChart = """
        <!DOCTYPE html><html><body style="font-family: sans-serif">
        <h2>Monthly Visitors</h2>
        <svg width="420" height="220" xmlns="http://www.w3.org/2000/svg">
          <rect x="40" y="60" width="60" height="140" fill="#4e79a7"/><text x="50" y="215">March</text>
          <rect x="140" y="20" width="60" height="180" fill="#f28e2b"/><text x="150" y="215">April</text>
          <rect x="240" y="100" width="60" height="100" fill="#59a14f"/><text x="255" y="215">May</text>
        </svg></body></html>
        """;

    public const string TableWithScript = """
        <!DOCTYPE html><html><head><style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 10px}</style></head>
        <body><h2>Quarterly Revenue</h2><table id="t"><tr><th>Company</th><th>Quarter</th><th>Revenue</th></tr></table>
        <script>
          const rows = [["Northwind","Q1",120],["Northwind","Q2",135],["Contoso","Q3",98]];
          const t = document.getElementById('t');
          for (const [c, q, r] of rows) { const tr = t.insertRow(); for (const v of [c, q, r]) tr.insertCell().textContent = v; }
        </script></body></html>
        """;

    public const string DashboardScreen = """
        <!DOCTYPE html><html><head><style>
        body { margin: 0; font-family: 'DejaVu Sans', sans-serif; display: grid; grid-template-columns: 180px 1fr; min-height: 500px; }
        nav { background: #1f2937; color: white; padding: 16px; } nav div { padding: 8px 0; }
        main { padding: 24px; } .card { background: #f3f4f6; border-radius: 8px; padding: 16px; width: 200px; }
        </style></head><body><nav><div>Inbox</div><div>Calendar</div><div>Settings</div></nav>
        <main><h1>Welcome back, Dana</h1><div class="card"><div>Unread messages</div><div style="font-size:40px">17</div></div></main>
        </body></html>
        """;
}
