// The page at `/` as a person uses it: paste the seed article, set the date, press Extract,
// and see entities, quotes and dates highlighted and clutter greyed out. Run by run.sh, which
// starts lede-server; with a second argument it also saves a screenshot for docs/.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [base, seedPath, screenshot] = process.argv.slice(2);
const seed = readFileSync(seedPath, "utf8");
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1000 } });
  page.on("pageerror", (e) => failures.push("page error: " + e.message));
  await page.goto(base, { waitUntil: "load" });
  await page.fill("#text", seed);
  await page.fill("#published", "2023-03-20");
  // Keyboard only: focus the button and press Enter.
  await page.focus("#run");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#article p", { timeout: 15000 });

  const count = (sel) => page.locator(sel).count();
  const paragraphs = await count("#article p");
  expect(paragraphs === 22, `22 paragraphs shown, got ${paragraphs}`);
  expect(await count("#article p.clutter") >= 3, "the caption and sign-up prompts are greyed out");
  expect(await count("#article .ent.t-PERSON") >= 10, "people are highlighted");
  expect(await count("#article .ent.t-GPE") >= 10, "places are highlighted");
  expect(await count("#article .quote") >= 5, "quotes are marked");
  expect(await count("#article .timex") >= 4, "dates are marked");
  expect(await count("#entities li") >= 10, "the entity list is filled");
  expect(await count("#quotes li") >= 5, "the quote list is filled");
  const title = await page.locator("#article .timex").first().getAttribute("title");
  expect(/DATE 2023-03-13|DATE|TIME/.test(title || ""), `a date shows its value on hover, got ${title}`);
  const status = await page.locator("#status").textContent();
  expect(/22 paragraphs/.test(status), `the status line reports the counts, got ${status}`);

  if (screenshot) {
    // The page moves focus to the results; show the top of the page, as a person first sees it.
    await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
    await page.screenshot({ path: screenshot, fullPage: false });
  }

  // A web page pasted as HTML: its story is shown as text, with the menu greyed out.
  const html = "<!doctype html><html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>" +
    "<article><h1>Old bridge to close</h1><p>The council voted on Tuesday to close the old bridge " +
    "to traffic, citing a survey that found cracks in two of its supports.</p><p>\u201cWe had no " +
    "choice,\u201d said Mayor Ana Lopez, who called the vote on Monday.</p></article></body></html>";
  await page.fill("#text", html);
  await page.focus("#run");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector("#article").textContent.includes("Old bridge to close"),
    null, { timeout: 15000 });
  const shown = await page.locator("#article").textContent();
  expect(!shown.includes("<p>"), "a pasted page is shown as its text, not its markup");
  expect(await count("#article p.clutter") >= 1, "the page's menu is greyed out");
  expect(await count("#article .ent.t-PERSON") >= 1, "people in the page are highlighted");
} finally {
  await browser.close();
}

if (failures.length) {
  console.error("browser test failed:\n- " + failures.join("\n- "));
  process.exit(1);
}
console.log("browser test: 2 passed, 0 failed");
