import { useEffect, useState } from 'preact/hooks';

const query = '(prefers-color-scheme: dark)';

/** 'dark' or 'light', following the system setting live: charts redraw in the scheme's colors. */
export function useColorScheme(): 'dark' | 'light' {
  const media = matchMedia(query);
  const [dark, setDark] = useState(media.matches);
  useEffect(() => {
    const onChange = () => setDark(matchMedia(query).matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return dark ? 'dark' : 'light';
}
