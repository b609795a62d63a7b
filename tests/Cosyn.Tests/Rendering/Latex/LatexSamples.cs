namespace Cosyn.Tests.Rendering.Latex;

/// <summary>Realistic LaTeX documents of the kinds the LaTeX pipelines generate.</summary>
internal static class LatexSamples
{
    public const string BooktabsTable = """
        \documentclass[border=10pt]{standalone}
        \usepackage{booktabs,multirow}
        \begin{document}
        \begin{tabular}{llrr}
        \toprule
        Region & Product & Units & Revenue \\
        \midrule
        \multirow{2}{*}{North} & Apples & 120 & 480 \\
                               & Pears  & 80  & 360 \\
        \midrule
        \multirow{2}{*}{South} & Apples & 95  & 380 \\
                               & Pears  & 60  & 270 \\
        \bottomrule
        \end{tabular}
        \end{document}
        """;

    public const string PgfplotsBars = """
        \documentclass[border=10pt]{standalone}
        \usepackage{pgfplots}
        \pgfplotsset{compat=1.18}
        \begin{document}
        \begin{tikzpicture}
        \begin{axis}[ybar, title={Quarterly Sales}, symbolic x coords={Spring,Summer,Autumn,Winter},
          xtick=data, ylabel={Revenue}, nodes near coords, width=10cm, height=7cm]
        \addplot coordinates {(Spring,42) (Summer,57) (Autumn,38) (Winter,25)};
        \end{axis}
        \end{tikzpicture}
        \end{document}
        """;

    public const string Circuit = """
        \documentclass[border=10pt]{standalone}
        \usepackage{circuitikz}
        \begin{document}
        \begin{circuitikz}[american, scale=1.4]
        \draw (0,0) to[battery1, l=Battery] (0,3)
              to[R, l=Resistor] (4,3)
              to[C, l=Capacitor] (4,0) -- (0,0);
        \node at (2,-0.8) {Charging Circuit};
        \end{circuitikz}
        \end{document}
        """;

    public const string TikzFlow = """
        \documentclass[border=10pt]{standalone}
        \usepackage{tikz}
        \usetikzlibrary{positioning,arrows.meta}
        \begin{document}
        \begin{tikzpicture}[box/.style={draw, rounded corners, minimum width=3cm, minimum height=1cm, font=\large}, node distance=1.2cm]
        \node[box] (plan) {Planning};
        \node[box, right=of plan] (build) {Building};
        \node[box, below=of build] (test) {Testing};
        \node[box, below=of test] (ship) {Release};
        \draw[-{Latex}] (plan) -- (build);
        \draw[-{Latex}] (build) -- (test);
        \draw[-{Latex}] (test) -- (ship);
        \end{tikzpicture}
        \end{document}
        """;

    public const string Invoice = """
        \documentclass[12pt]{article}
        \usepackage[margin=2cm]{geometry}
        \usepackage{booktabs}
        \pagestyle{empty}
        \begin{document}
        \section*{INVOICE}
        \textbf{Bluebird Bakery} \hfill Invoice No. 2041 \\
        12 Harbour Street \hfill Date: 3 March 2024
        \vspace{1cm}

        \begin{tabular}{lrr}
        \toprule
        Item & Quantity & Amount \\
        \midrule
        Sourdough loaf & 4 & 18.00 \\
        Croissant & 12 & 30.00 \\
        \midrule
        Total & & 48.00 \\
        \bottomrule
        \end{tabular}
        \end{document}
        """;

    public const string FontspecLetter = """
        \documentclass{article}
        \usepackage{fontspec}
        \pagestyle{empty}
        \begin{document}
        \Large Dear Customer,

        your order has shipped. It left our warehouse this morning
        and should reach you within three working days.

        Kind regards, the Shipping Team
        \end{document}
        """;

    public const string CrossReference = """
        \documentclass{article}
        \pagestyle{empty}
        \begin{document}
        \section{Method}\label{sec:method}
        \Large As explained in Section~\ref{sec:method}, we measure twice.
        Every sample is weighed on two scales and the mean is recorded.
        Differences above one gram are flagged for review.

        \section{Results}
        All flagged samples were re-weighed.
        \end{document}
        """;

    public const string Hello = """
        \documentclass[border=10pt]{standalone}
        \begin{document}
        \Huge\begin{tabular}{l}Recovery Check\\after a\\hostile job\end{tabular}
        \end{document}
        """;
}
