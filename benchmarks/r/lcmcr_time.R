# One timed run of R's LCMCR on a capture-history table, for benchmarks/lcmcr_vs_r.py.
#
#   Rscript lcmcr_time.R TABLE.csv SEED BURNIN ITERATIONS THIN CLASSES [LIBRARY]
#
# TABLE.csv has one 0/1 column per list and a `count` column (recuento's format). Prints one
# tab-separated line: wall seconds, user CPU seconds, posterior mean of N, 2.5% and 97.5%
# quantiles, number of draws. Only lcmCR() and lcmCR_PostSampl() are timed, not R's start-up.
args <- commandArgs(trailingOnly = TRUE)
path <- args[1]
seed <- as.integer(args[2])
burnin <- as.integer(args[3])
iterations <- as.integer(args[4])
thin <- as.integer(args[5])
classes <- as.integer(args[6])
library_dir <- if (length(args) >= 7 && nzchar(args[7])) args[7] else NULL
suppressMessages(library(LCMCR, lib.loc = library_dir))
table <- read.csv(path)
lists <- setdiff(names(table), "count")
captures <- data.frame(lapply(table[, lists], function(x) factor(as.character(x), levels = c("0", "1"))))
captures$Freq <- table$count
invisible(gc())
started <- proc.time()
sampler <- lcmCR(captures = captures, tabular = TRUE, in_list_label = "1",
                 not_in_list_label = "0", K = classes, a_alpha = 0.25, b_alpha = 0.25,
                 seed = seed, buffer_size = 10000, thinning = thin, verbose = FALSE)
draws <- lcmCR_PostSampl(sampler, burnin = burnin, samples = iterations %/% thin,
                         thinning = thin, output = FALSE)
spent <- proc.time() - started
q <- quantile(draws, c(0.025, 0.975))
cat(sprintf("%.4f\t%.4f\t%.2f\t%.2f\t%.2f\t%d\n", spent[["elapsed"]], spent[["user.self"]],
            mean(draws), q[[1]], q[[2]], length(draws)))
