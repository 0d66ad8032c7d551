/**
 * Firefox (Debian's firefox-esr) driven over WebDriver BiDi by puppeteer-core: no geckodriver is needed.
 * Each test's tab lives in a browser context of its own, so no test sees another's storage or service worker.
 */
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { type Engine, type EnginePage, type Point, pickArgs, pickInPage, type Target, until } from './driver.ts';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

class FirefoxPage implements EnginePage {
  readonly engine = 'firefox' as const;
  private readonly errors: string[] = [];
  constructor(private readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(String((error as Error).message ?? error)));
  }

  async goto(url: string) {
    try {
      await this.page.goto(url, { waitUntil: 'load' });
    } catch (error) {
      // Firefox cancels a BiDi navigation with NS_BINDING_ABORTED when it overlaps a navigation of the tab's own
      // (puppeteer#12929, playwright#20749): seen once in CI, going offline to /tg/ just after the Language select
      // had opened it, with no second navigation from the app in a logged rerun. Go once more; the test's own
      // checks then look at the page that loaded.
      if (!String(error).includes('NS_BINDING_ABORTED')) throw error;
      await this.page.goto(url, { waitUntil: 'load' });
    }
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
    return this.page.evaluate(fn as (arg: unknown) => R, arg) as Promise<Awaited<R>>;
  }

  private async element(target: Target): Promise<ElementHandle<Element>> {
    return until(
      async () => {
        const handle = await this.page.evaluateHandle(pickInPage, pickArgs(target));
        const element = handle.asElement() as ElementHandle<Element> | null;
        if (!element) await handle.dispose();
        return element;
      },
      `${target.css} named ${String(target.name ?? '(any)')}`,
    );
  }

  async click(target: Target) {
    await until(
      async () => {
        const element = await this.element(target);
        await element.click();
        await element.dispose();
        return true;
      },
      `a click on ${target.css} ${String(target.name ?? '')}`,
    );
  }

  async type(target: Target, text: string) {
    const element = await this.element(target);
    await element.type(text);
    await element.dispose();
  }

  async upload(css: string, path: string) {
    const input = await this.page.$(css);
    if (!input) throw new Error(`no ${css}`);
    await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
    await input.dispose();
  }

  async drag(from: Point, to: Point) {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  async screenshot() {
    return Buffer.from(await this.page.screenshot());
  }

  pageErrors(): string[] {
    return [...this.errors];
  }
}

/** Launches headless Firefox ESR over WebDriver BiDi. */
export async function launchFirefox(): Promise<Engine> {
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Service workers on plain-HTTP loopback are allowed by Firefox as a secure context already; this keeps
      // the test profile quiet (no first-run pages, no update checks).
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
    },
  });
  const version = (await browser.version()).replace('firefox/', 'Firefox ');
  const contexts = new Set<{ close(): Promise<void> }>();
  const tab = async (options: { userAgent?: string } = {}) => {
    const context = await browser.createBrowserContext();
    contexts.add(context);
    const page = await context.newPage();
    if (options.userAgent) await page.setUserAgent({ userAgent: options.userAgent });
    await page.setViewport({ width: 1024, height: 768 });
    return {
      page: new FirefoxPage(page),
      close: async () => {
        contexts.delete(context);
        await context.close();
      },
    };
  };
  return {
    name: 'firefox',
    version,
    page: () => tab(),
    freshProfile: tab,
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}
